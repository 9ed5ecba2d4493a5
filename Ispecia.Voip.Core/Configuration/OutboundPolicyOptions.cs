namespace Ispecia.Voip.Core.Configuration;

/// <summary>The toll-fraud guard for outbound calls.</summary>
public sealed class OutboundPolicyOptions
{
    /// <summary>ISO regions agents may call; empty = the DefaultRegion's country only.</summary>
    public List<string> AllowedCountries { get; set; } = [];

    /// <summary>E.164 prefixes never dialled (premium-rate and similar).</summary>
    public List<string> BlockedPrefixes { get; set; } = ["+1900", "+1976", "+44870", "+44871", "+44872", "+44873", "+4490", "+4491", "+4909"];
}
