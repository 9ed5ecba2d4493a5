namespace Ispecia.Voip.Tests.Phone;

public sealed class PhoneNumberServiceParseTests
{
    [Theory]
    [InlineData("US", "(415) 555-0100", "+14155550100", "US")]
    [InlineData("US", "415.555.0100", "+14155550100", "US")]
    [InlineData("US", "1-415-555-0100", "+14155550100", "US")]
    [InlineData("US", "011 44 20 7946 0958", "+442079460958", "GB")]
    [InlineData("GB", "020 7946 0958", "+442079460958", "GB")]
    [InlineData("GB", "(020) 7946-0958", "+442079460958", "GB")]
    [InlineData("GB", "07700 900123", "+447700900123", "GB")]
    [InlineData("DE", "030 123456", "+4930123456", "DE")]
    [InlineData("DE", "030/123456", "+4930123456", "DE")]
    [InlineData("DE", "0151 23456789", "+4915123456789", "DE")]
    [InlineData("FR", "01 23 45 67 89", "+33123456789", "FR")]
    [InlineData("FR", "06.12.34.56.78", "+33612345678", "FR")]
    public void Parse_NationalNumberOfDefaultRegion_ReturnsE164(string region, string input, string e164, string numberRegion)
    {
        var result = new PhoneNumberService(region).Parse(input);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(e164, result.E164);
        Assert.Equal(numberRegion, result.RegionCode);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("US", "+44 20 7946 0958", "+442079460958", "GB")]
    [InlineData("GB", "+1 (415) 555-0100", "+14155550100", "US")]
    [InlineData("FR", "+49 30 123456", "+4930123456", "DE")]
    [InlineData("DE", "+33 1 23 45 67 89", "+33123456789", "FR")]
    [InlineData("US", "0033 1 23 45 67 89", "+33123456789", "FR")]
    [InlineData("DE", "tel:+1-415-555-0100", "+14155550100", "US")]
    [InlineData("US", "TEL:+44\u00a020\u00a07946\u00a00958", "+442079460958", "GB")]
    [InlineData("GB", "+1 416 555 0199", "+14165550199", "CA")]
    public void Parse_InternationalNumber_ReturnsE164AndRegion(string region, string input, string e164, string numberRegion)
    {
        var result = new PhoneNumberService(region).Parse(input);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(e164, result.E164);
        Assert.Equal(numberRegion, result.RegionCode);
    }

    [Fact]
    public void Parse_ValidNumber_FillsAllFormats()
    {
        var result = new PhoneNumberService("US").Parse("+442079460958");

        Assert.Equal(new PhoneParseResult(true, "+442079460958", "020 7946 0958", "+44 20 7946 0958", "GB", null), result);
    }

    [Theory]
    [InlineData("+1 415 555 0100")]
    [InlineData("+1 555 555 0142")]
    [InlineData("+1 415 555 0001")]
    [InlineData("+1 415 555 0004")]
    [InlineData("+1 415 000 0002")]
    [InlineData("+44 20 7946 0999")]
    [InlineData("+15005550006")]
    [InlineData("+44 7700 900123")]
    [InlineData("+44 1632 960123")]
    public void Parse_ReservedTestOrDemoNumber_IsAccepted(string input)
    {
        var result = new PhoneNumberService("US").Parse(input);

        Assert.True(result.IsValid, result.Error);
    }

    [Theory]
    [InlineData("+1 415 000 0000")]
    [InlineData("+1 123 456 7890")]
    [InlineData("+1 555 555 5555")]
    [InlineData("+1 415 000 0005")]
    public void Parse_PossibleButInvalidNumber_IsRefused(string input)
    {
        var result = new PhoneNumberService("US").Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal("This is not a valid number for United States (+1).", result.Error);
    }

    [Theory]
    [InlineData("US", null, "Enter a phone number.")]
    [InlineData("US", "", "Enter a phone number.")]
    [InlineData("GB", "   ", "Enter a phone number.")]
    [InlineData("GB", "( ) -", "Enter a phone number.")]
    [InlineData("US", "12", "This number is too short for United States (+1).")]
    [InlineData("US", "1", "This number is too short.")]
    [InlineData("DE", "+49 1", "This number is too short.")]
    [InlineData("GB", "+44 1234", "This number is too short for United Kingdom (+44).")]
    [InlineData("FR", "+33 1 23 45 67 89 00", "This number is too long for France (+33).")]
    [InlineData("US", "1234567890123456789012", "This number is too long: phone numbers have at most 15 digits.")]
    [InlineData("US", "hello", "A phone number can't contain letters. Use digits, e.g. (201) 555-0123.")]
    [InlineData("GB", "call me", "A phone number can't contain letters. Use digits, e.g. 0121 234 5678.")]
    [InlineData("US", "+1 415 555 0100 ext 12", "A phone number can't contain letters. Use digits, e.g. (201) 555-0123.")]
    [InlineData("DE", "030#123456", "'#' can't be part of a phone number. Use digits, e.g. 030 123456.")]
    [InlineData("US", "415+5550100", "'+' can't be part of a phone number. Use digits, e.g. (201) 555-0123.")]
    [InlineData("US", "+999 1234 5678", "The digits after + are not a country code. Check the number, e.g. +44 20 7946 0958.")]
    [InlineData("DE", "+49 30 1", "This number is too short for Germany (+49).")]
    [InlineData("GB", "+44 20 7946", "This number is too short for United Kingdom (+44).")]
    [InlineData("FR", "+33 0 23 45 67 89", "This is not a valid number for France (+33).")]
    public void Parse_UnusableInput_ExplainsWhatIsWrong(string region, string? input, string error)
    {
        var result = new PhoneNumberService(region).Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.E164);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("US", "442079460958", "Enter the number with its country code, e.g. +44 20 7946 0958 for United Kingdom.")]
    [InlineData("US", "4930123456", "Enter the number with its country code, e.g. +49 30 123456 for Germany.")]
    [InlineData("GB", "14155550100", "Enter the number with its country code, e.g. +1 415-555-0100 for United States.")]
    [InlineData("FR", "4930123456", "Enter the number with its country code, e.g. +49 30 123456 for Germany.")]
    public void Parse_ForeignNumberWithoutPlus_AsksForCountryCodeWithTheirNumber(string region, string input, string error)
    {
        var result = new PhoneNumberService(region).Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Parse_InvalidNationalNumber_SuggestsCountryCodeForNumbersAbroad()
    {
        var result = new PhoneNumberService("US").Parse("(415) 000-0000");

        Assert.Equal("This is not a valid number for United States (+1). For a number in another country, start with + and the country code, e.g. +44 20 7946 0958.", result.Error);
    }

    [Fact]
    public void Parse_InvalidNationalNumberInGb_UsesAnExampleFromAnotherCountry()
    {
        var result = new PhoneNumberService("GB").Parse("020 7946 099");

        Assert.EndsWith("e.g. +1 415 555 0100.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", true)]
    [InlineData("gb", true)]
    [InlineData("De", true)]
    [InlineData("XX", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSupportedRegion_RegionCode_ReportsWhetherKnown(string? region, bool supported)
    {
        Assert.Equal(supported, PhoneNumberService.IsSupportedRegion(region));
    }

    [Fact]
    public void Constructor_UnknownRegion_ThrowsWithAClearMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => new PhoneNumberService("XX"));

        Assert.Contains("'XX' is not a known region code", error.Message, StringComparison.Ordinal);
    }
}
