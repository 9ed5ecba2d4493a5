namespace Ispecia.Voip.Tests.Twilio;

public sealed class PublicUrlTests
{
    [Theory]
    [InlineData("https://crm.example.com", "https://crm.example.com/api/voip/twilio/voice?x=1")]
    [InlineData("https://crm.example.com/", "https://crm.example.com/api/voip/twilio/voice?x=1")]
    [InlineData(" https://CRM.example.com:443/ ", "https://CRM.example.com:443/api/voip/twilio/voice?x=1")]
    public void Build_PublicBaseUrlSet_UsesItAsGivenWithPathAndQuery(string publicBaseUrl, string expected)
    {
        Assert.Equal(expected, PublicUrl.Build(publicBaseUrl, "http", "localhost:5000", "/ignored", "/api/voip/twilio/voice", "?x=1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Build_NoPublicBaseUrl_UsesSchemeHostPathBaseAndPathAsReceived(string? publicBaseUrl)
    {
        var url = PublicUrl.Build(publicBaseUrl, "https", "MyCompany.com:443", "/crm", "/api/voip/a%20b", "?foo=1&bar=2");

        Assert.Equal("https://MyCompany.com:443/crm/api/voip/a%20b?foo=1&bar=2", url);
    }

    [Theory]
    [InlineData("", "https://host/voice")]
    [InlineData("?", "https://host/voice?")]
    [InlineData("a=1", "https://host/voice?a=1")]
    public void Build_QueryWithOrWithoutQuestionMark_IsJoinedWithOne(string query, string expected)
    {
        Assert.Equal(expected, PublicUrl.Build(null, "https", "host", "", "/voice", query));
    }
}
