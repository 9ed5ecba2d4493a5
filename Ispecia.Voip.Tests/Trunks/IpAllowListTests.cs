namespace Ispecia.Voip.Tests.Trunks;

public sealed class IpAllowListTests
{
    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("198.51.100.0/24")]
    [InlineData("0.0.0.0/0")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:db8::/32")]
    public void IsValidEntry_AddressOrCidr_Accepts(string entry) =>
        Assert.True(IpAllowList.IsValidEntry(entry, out _));

    [Theory]
    [InlineData("10.0.0.300", "is not an IP address or CIDR block")]
    [InlineData("10.1", "is not an IP address or CIDR block")]
    [InlineData("sip.example.com", "is not an IP address or CIDR block")]
    [InlineData("10.0.0.0/33", "from 0 to 32")]
    [InlineData("2001:db8::/129", "from 0 to 128")]
    [InlineData("10.0.0.0/", "invalid prefix length")]
    [InlineData("10.0.0.0/x", "invalid prefix length")]
    [InlineData("banana/24", "does not start with an IP address")]
    [InlineData("10.0.0.1/24", "did you mean 10.0.0.0/24?")]
    public void IsValidEntry_Invalid_SaysWhatIsWrong(string entry, string expected)
    {
        Assert.False(IpAllowList.IsValidEntry(entry, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_MixedSeparators_JoinsWithCommas() =>
        Assert.Equal("203.0.113.10, 198.51.100.0/24, 2001:db8::/32", IpAllowList.Normalise(" 203.0.113.10;198.51.100.0/24\n 2001:db8::/32 ,"));

    [Fact]
    public void Normalise_Blank_IsNull() => Assert.Null(IpAllowList.Normalise(" , \n"));
}
