namespace Ispecia.Voip.Tests.Phone;

public sealed class PhoneNumberServiceFormattingTests
{
    [Theory]
    [InlineData("US", "+14155550100", "(415) 555-0100")]
    [InlineData("US", "+14165550199", "(416) 555-0199")]
    [InlineData("US", "+442079460958", "+44 20 7946 0958")]
    [InlineData("GB", "+442079460958", "020 7946 0958")]
    [InlineData("GB", "+14155550100", "+1 415-555-0100")]
    [InlineData("DE", "+4930123456", "030 123456")]
    [InlineData("DE", "+33123456789", "+33 1 23 45 67 89")]
    [InlineData("FR", "+33123456789", "01 23 45 67 89")]
    public void FormatForDisplay_StoredNumber_NationalAtHomeInternationalAbroad(string region, string e164, string display)
    {
        Assert.Equal(display, new PhoneNumberService(region).FormatForDisplay(e164));
    }

    [Theory]
    [InlineData("client:alice")]
    [InlineData("anonymous")]
    [InlineData("+1415")]
    [InlineData("")]
    public void FormatForDisplay_NotANumber_ReturnsInputUnchanged(string input)
    {
        Assert.Equal(input, new PhoneNumberService("US").FormatForDisplay(input));
    }

    [Theory]
    [InlineData("US", "", "")]
    [InlineData("US", "4", "4")]
    [InlineData("US", "415555", "415-555")]
    [InlineData("US", "4155550100", "(415) 555-0100")]
    [InlineData("US", "+442079460958", "+44 20 7946 0958")]
    [InlineData("US", "*72", "*72")]
    [InlineData("GB", "02079460958", "020 7946 0958")]
    [InlineData("DE", "030123456", "030 123456")]
    [InlineData("FR", "0123456789", "01 23 45 67 89")]
    [InlineData("US", "(415) 555-01", "(415) 555-01")]
    public void FormatAsYouType_PartialInput_FormatsLikeAPhone(string region, string partial, string formatted)
    {
        Assert.Equal(formatted, new PhoneNumberService(region).FormatAsYouType(partial));
    }

    [Theory]
    [InlineData("10", true)]
    [InlineData("102", true)]
    [InlineData(" 4711 ", true)]
    [InlineData("123456", true)]
    [InlineData("1", false)]
    [InlineData("1234567", false)]
    [InlineData("+102", false)]
    [InlineData("10a", false)]
    [InlineData("", false)]
    [InlineData("\u0661\u0662\u0663", false)]
    public void IsExtension_Input_TrueForTwoToSixDigits(string input, bool isExtension)
    {
        Assert.Equal(isExtension, new PhoneNumberService("US").IsExtension(input));
    }

    [Theory]
    [InlineData("+14155550100", "US")]
    [InlineData("+14165550199", "CA")]
    [InlineData("+442079460958", "GB")]
    [InlineData("+4930123456", "DE")]
    [InlineData("+33123456789", "FR")]
    [InlineData("+80012345678", "001")]
    [InlineData("anonymous", null)]
    [InlineData("+1415", null)]
    public void CountryOf_Number_ReturnsItsRegion(string e164, string? region)
    {
        Assert.Equal(region, new PhoneNumberService("US").CountryOf(e164));
    }

    [Theory]
    [InlineData("+14155550100", "+1*******00")]
    [InlineData("+442079460958", "+44*******58")]
    [InlineData("+4930123456", "+49*******56")]
    [InlineData("+33 1 23 45 67 89", "+33*******89")]
    [InlineData("4155550123", "*******23")]
    [InlineData("+99912345678", "*******78")]
    [InlineData("anonymous", "anonymous")]
    [InlineData("client:alice", "client:alice")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Mask_Number_KeepsCountryCodeAndLastTwoDigits(string? input, string masked)
    {
        Assert.Equal(masked, PhoneNumberService.Mask(input));
    }
}
