namespace Ispecia.Voip.Core.Calls.Outbound;

/// <summary>The toll-fraud guard: which numbers agents may dial (Voip:Outbound).</summary>
public sealed class OutboundPolicy(IOptions<VoipOptions> options, PhoneNumberService phones)
{
    /// <summary>Null when the E.164 number may be dialled, else the reason in plain words.</summary>
    public string? Refusal(string e164)
    {
        var voip = options.Value;
        var blocked = voip.Outbound.BlockedPrefixes.FirstOrDefault(p => e164.StartsWith(p, StringComparison.Ordinal));
        if (blocked is not null)
        {
            return $"Numbers starting with {blocked} are blocked (premium rate).";
        }

        var type = PhoneNumberService.TypeOf(e164).ToString();
        if (voip.Outbound.BlockedNumberTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            return $"{type.Replace('_', ' ').ToLowerInvariant()} numbers are blocked (premium rate).";
        }

        var allowed = voip.Outbound.AllowedCountries.Count > 0 ? voip.Outbound.AllowedCountries : [voip.DefaultRegion];
        var country = phones.CountryOf(e164);
        if (country is null || !allowed.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            return $"Calls to {country ?? "this destination"} are not allowed. Allowed: {string.Join(", ", allowed)}.";
        }

        return null;
    }
}
