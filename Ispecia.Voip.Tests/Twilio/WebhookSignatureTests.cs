using Twilio.Security;

namespace Ispecia.Voip.Tests.Twilio;

// Vectors from PROTOCOL.md section T3 that apply to the official C# library's RequestValidator, which the app's
// webhook check is built on. The Node-only spellings (an apostrophe re-encoded as %27, repeated parameter names)
// are not accepted by the C# library, and Twilio's voice webhooks use neither.
public sealed class WebhookSignatureTests
{
    private const string AuthToken = "12345";
    private const string BaseUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static readonly KeyValuePair<string, string>[] Parameters =
    [
        new("To", "+18005551212"),
        new("CallSid", "CA1234567890ABCDE"),
        new("Digits", "1234"),
        new("From", "+14158675309"),
        new("Caller", "+14158675309"),
    ];
    private const string BodyHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
    private const string Body = """{"property": "value", "boolean": true}""";

    /// <summary>Each row: URL passed to the validator, the official expected signature.</summary>
    public static TheoryData<string, string> OfficialVectors => new()
    {
        { BaseUrl, "RSOYDt4T1cUTdK1PDd93/VVr8B8=" },
        { BaseUrl, "kvajT1Ptam85bY51eRf/AJRuM3w=" },
        { "http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=" },
        { "https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=" },
        { "http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=" },
        { "https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=" },
        { "https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=" },
        { "https://MyCompany.com:1234/myapp.php?foo=1&bar=2", "PCqOZm8cnu/L6+u5i5fuEd+Iac4=" },
        { "http://MyCompany.com/myapp.php?foo=1&bar=2", "XY7AlKOKL6im4yWyX84gldUrtis=" },
        { "http://username:password@MyCompany.com/myapp.php?foo=1&bar=2", "PJ08CxXr7KLPjEQCTc8LkUSMwSM=" },
        { "HTTP://username:password@MyCompany.com/myapp.php?foo=1&bar=2", "hy/l8pca+LFms4cvRdv8uiP6NGc=" },
        { "http://Username:Password@MyCompany.com/myapp.php?foo=1&bar=2", "SkTSKyDJH9kUlhItI0slbgZ1UsI=" },
        { "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", "CukzLTc1tT5dXEDIHm/tKBanW10=" },
        { "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI=" },
        { "https://user@mycompany.com/myapp.php?foo=1&bar=2", "2YRLlVAflCqxaNicjMpJcSTgzSs=" },
    };

    [Theory]
    [MemberData(nameof(OfficialVectors))]
    public void IsValid_OfficialVector_Accepts(string url, string signature)
    {
        Assert.True(WebhookSignature.IsValid(AuthToken, url, Parameters, signature));
    }

    [Theory]
    [InlineData(BaseUrl, "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://MyCompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("http://MyCompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    public void IsValid_OfficialNegativeVector_Rejects(string url, string signature)
    {
        Assert.False(WebhookSignature.IsValid(AuthToken, url, Parameters, signature));
    }

    [Fact]
    public void IsValid_ParameterValueChanged_Rejects()
    {
        var tampered = Parameters.Select(p => p.Key == "To" ? new KeyValuePair<string, string>("To", "+18005551213") : p);

        Assert.False(WebhookSignature.IsValid(AuthToken, BaseUrl, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void IsValid_NoSignature_RejectsWithoutThrowing(string? signature)
    {
        Assert.False(WebhookSignature.IsValid(AuthToken, BaseUrl, Parameters, signature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void IsValid_NoAuthTokenConfigured_RejectsEvenAnEmptyKeySignature(string? authToken)
    {
        var signedWithEmptyKey = Convert.ToBase64String(System.Security.Cryptography.HMACSHA1.HashData(Array.Empty<byte>(), System.Text.Encoding.UTF8.GetBytes(BaseUrl)));

        Assert.False(WebhookSignature.IsValid(authToken, BaseUrl, [], signedWithEmptyKey));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    public void IsValid_NotAnAbsoluteUrl_RejectsWithoutThrowing(string url)
    {
        Assert.False(WebhookSignature.IsValid(AuthToken, url, Parameters, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    // PROTOCOL.md 2.1 step 7: System.Uri lowercases the host and drops :443, so a URL rebuilt through it no longer matches.
    [Fact]
    public void IsValid_UrlNormalisedBySystemUri_NoLongerMatches()
    {
        var normalised = new Uri("https://MyCompany.com:1234/myapp.php?foo=1&bar=2").ToString();

        Assert.False(WebhookSignature.IsValid(AuthToken, normalised, Parameters, "PCqOZm8cnu/L6+u5i5fuEd+Iac4="));
    }

    [Theory]
    [InlineData(BaseUrl + "&bodySHA256=" + BodyHash, Body, "a9nBmqA0ju/hNViExpshrM61xv4=")]
    [InlineData("https://mycompany.com/myapp.php?bodySHA256=" + BodyHash, Body, "y77kIzt2vzLz71DgmJGsen2scGs=")]
    [InlineData(BaseUrl + "&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", "{}", "Ldidvp12m26NI7eqEvxnEpkd9Hc=")]
    public void Validate_OfficialJsonBodyVector_AcceptedByTheLibrary(string url, string body, string signature)
    {
        Assert.True(new RequestValidator(AuthToken).Validate(url, body, signature));
    }

    [Fact]
    public void Validate_JsonBodyChangedAfterSigning_RefusedByTheLibrary()
    {
        Assert.False(new RequestValidator(AuthToken).Validate(BaseUrl + "&bodySHA256=" + BodyHash, """{"property": "value", "boolean": false}""", "a9nBmqA0ju/hNViExpshrM61xv4="));
    }
}
