namespace Ispecia.Voip.Core.Configuration;

/// <summary>The toll-fraud guard for outbound calls.</summary>
public sealed class OutboundPolicyOptions
{
    /// <summary>ISO regions agents may call; empty = the DefaultRegion's country only.</summary>
    public List<string> AllowedCountries { get; set; } = [];

    /// <summary>
    /// E.164 prefixes never dialled (premium-rate and similar), for ranges the number types below miss. German
    /// 0900 numbers are +49900 in E.164 (the national 0 goes), not +4909.
    /// </summary>
    public List<string> BlockedPrefixes { get; set; } = ["+1900", "+1976", "+44870", "+44871", "+44872", "+44873", "+4490", "+4491", "+49900", "+49137"];

    /// <summary>
    /// libphonenumber number types never dialled, in every country: the caller pays a premium that flows to the
    /// number's owner, which is what toll fraud cashes in. UAN (universal access, e.g. UK 03) is not blocked by
    /// default: it is charged like a geographic call and businesses publish such numbers.
    /// </summary>
    public List<string> BlockedNumberTypes { get; set; } = ["PREMIUM_RATE", "SHARED_COST"];
}
