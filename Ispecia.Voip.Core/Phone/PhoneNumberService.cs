using PhoneNumbers;

namespace Ispecia.Voip.Core.Phone;

// Minimal parsing; the Phone feature replaces this file.
public sealed class PhoneNumberService(string defaultRegion)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool IsSupportedRegion(string? region) => region is not null && Util.GetSupportedRegions().Contains(region.ToUpperInvariant());

    public PhoneParseResult Parse(string? input)
    {
        try
        {
            var n = Util.Parse(input, defaultRegion);
            if (!Util.IsPossibleNumber(n)) return new PhoneParseResult(false, null, null, null, null, "Not a possible number.");
            return new PhoneParseResult(true, Util.Format(n, PhoneNumberFormat.E164), Util.Format(n, PhoneNumberFormat.NATIONAL), Util.Format(n, PhoneNumberFormat.INTERNATIONAL), Util.GetRegionCodeForNumber(n), null);
        }
        catch (NumberParseException e)
        {
            return new PhoneParseResult(false, null, null, null, null, e.Message);
        }
    }

    public string FormatForDisplay(string e164)
    {
        var r = Parse(e164);
        return r.RegionCode == defaultRegion ? r.NationalFormat! : r.InternationalFormat ?? e164;
    }
}

public sealed record PhoneParseResult(bool IsValid, string? E164, string? NationalFormat, string? InternationalFormat, string? RegionCode, string? Error);
