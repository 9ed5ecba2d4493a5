using PhoneNumbers;

namespace Ispecia.Voip.Core.Phone;

/// <summary>Names countries in error messages, e.g. "Germany (+49)".</summary>
internal static class CountryNames
{
    /// <summary>libphonenumber's region code for numbers such as +800 that belong to no country.</summary>
    public const string NonGeographicRegion = "001";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string ForCountryCode(int countryCode)
    {
        var region = Util.GetRegionCodeForCountryCode(countryCode);
        return $"{ForRegion(region) ?? "this country"} (+{countryCode})";
    }

    /// <summary>The English name of a region, or null for non-geographic codes such as +800.</summary>
    public static string? ForRegion(string? region)
    {
        if (region is null or "ZZ" or NonGeographicRegion)
        {
            return null;
        }

        try
        {
            return new RegionInfo(region).EnglishName;
        }
        catch (ArgumentException)
        {
            return region;
        }
    }
}
