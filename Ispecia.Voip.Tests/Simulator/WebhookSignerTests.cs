namespace Ispecia.Voip.Tests.Simulator;

// Vectors from PROTOCOL.md section T3 (official cs, py, node, java and go request-validator tests): the simulator
// signs its webhooks as Twilio does, so each spelling Twilio signed must give Twilio's signature.
public sealed class WebhookSignerTests
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

    /// <summary>Each row: the exact URL spelling Twilio signed, and the signature it gives.</summary>
    public static TheoryData<string, string> SignedSpellings => new()
    {
        { BaseUrl, "RSOYDt4T1cUTdK1PDd93/VVr8B8=" },
        { "https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=" },
        { "http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=" },
        { "http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=" },
        { "https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=" },
        { "https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=" },
        { "https://MyCompany.com:1234/myapp.php?foo=1&bar=2", "PCqOZm8cnu/L6+u5i5fuEd+Iac4=" },
        { "http://MyCompany.com/myapp.php?foo=1&bar=2", "XY7AlKOKL6im4yWyX84gldUrtis=" },
        { "http://username:password@MyCompany.com/myapp.php?foo=1&bar=2", "PJ08CxXr7KLPjEQCTc8LkUSMwSM=" },
        { "HTTP://username:password@MyCompany.com/myapp.php?foo=1&bar=2", "hy/l8pca+LFms4cvRdv8uiP6NGc=" },
        { "http://Username:Password@MyCompany.com/myapp.php?foo=1&bar=2", "SkTSKyDJH9kUlhItI0slbgZ1UsI=" },
        { "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", "CukzLTc1tT5dXEDIHm/tKBanW10=" },
        { "https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2", "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI=" },
        { "https://user@mycompany.com/myapp.php?foo=1&bar=2", "2YRLlVAflCqxaNicjMpJcSTgzSs=" },
        { "https://mycompany.com/myapp.php?foo=1&bar=2&Body=It%27s+amazing", "TfZzewPq8wqrGlMfyAud8+/IvJ0=" },
    };

    [Theory]
    [MemberData(nameof(SignedSpellings))]
    public void Sign_SignedSpelling_GivesTheOfficialSignature(string url, string signature)
    {
        Assert.Equal(signature, WebhookSigner.Sign(AuthToken, url, Parameters));
    }

    // py test_compute_signature_duplicate_*, node "multiple params and values".
    [Fact]
    public void Sign_RepeatedNames_SignsEachDistinctValueOnceInOrder()
    {
        KeyValuePair<string, string>[] form =
        [
            new("Sid", "CA123"), new("SidAccount", "AC123"), new("Digits", "5678"), new("Digits", "1234"), new("Digits", "1234"),
        ];

        Assert.Equal("IK+Dwps556ElfBT0I3Rgjkr1wJU=", WebhookSigner.Sign(AuthToken, BaseUrl, form));
    }

    // node: MessagingBinding.Address = ["+1325xxxxxxx", "+1415xxxxxxx"] in either order.
    [Theory]
    [InlineData("+1325xxxxxxx", "+1415xxxxxxx")]
    [InlineData("+1415xxxxxxx", "+1325xxxxxxx")]
    public void Sign_ArrayParameterInEitherOrder_GivesTheOfficialSignature(string first, string second)
    {
        KeyValuePair<string, string>[] form = [new("MessagingBinding.Address", first), new("MessagingBinding.Address", second)];

        Assert.Equal("83O6e2vORAoJHUNzJjDWN1jz+BA=", WebhookSigner.Sign(AuthToken, BaseUrl, form));
    }

    [Fact]
    public void Sign_NoAuthToken_Throws()
    {
        Assert.Throws<ArgumentException>(() => WebhookSigner.Sign("", BaseUrl, Parameters));
    }
}
