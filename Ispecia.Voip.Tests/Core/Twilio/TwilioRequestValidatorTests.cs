using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Tests.Core.Twilio;

// Vectors from PROTOCOL.md section T3 (official cs, py, node, java and go request-validator tests).
public sealed class TwilioRequestValidatorTests
{
    private const string AuthToken = "12345";
    private const string BaseUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string BodyHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
    private const string Body = """{"property": "value", "boolean": true}""";

    private static readonly KeyValuePair<string, string>[] Parameters =
    [
        new("To", "+18005551212"),
        new("CallSid", "CA1234567890ABCDE"),
        new("Digits", "1234"),
        new("From", "+14158675309"),
        new("Caller", "+14158675309"),
    ];

    private readonly TwilioRequestValidator validator = new(AuthToken);

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
        { "https://mycompany.com/myapp.php?foo=1&bar=2&Body=It's+amazing", "TfZzewPq8wqrGlMfyAud8+/IvJ0=" },
    };

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
    [MemberData(nameof(OfficialVectors))]
    public void IsValid_OfficialVector_Accepts(string url, string signature)
    {
        Assert.True(validator.IsValid(url, Parameters, signature));
    }

    [Theory]
    [MemberData(nameof(SignedSpellings))]
    public void ComputeSignature_SignedSpelling_GivesTheOfficialSignature(string url, string signature)
    {
        Assert.Equal(signature, validator.ComputeSignature(url, Parameters));
    }

    [Theory]
    [InlineData(BaseUrl, "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://MyCompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("http://MyCompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    public void IsValid_OfficialNegativeVector_Rejects(string url, string signature)
    {
        Assert.False(validator.IsValid(url, Parameters, signature));
    }

    [Fact]
    public void IsValid_ParameterValueChanged_Rejects()
    {
        var tampered = Parameters.Select(p => p.Key == "To" ? new KeyValuePair<string, string>("To", "+18005551213") : p);

        Assert.False(validator.IsValid(BaseUrl, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void IsValid_NoSignature_Rejects(string? signature)
    {
        Assert.False(validator.IsValid(BaseUrl, Parameters, signature));
    }

    [Fact]
    public void IsValid_NoAuthTokenConfigured_RejectsEvenAnEmptyKeySignature()
    {
        var unconfigured = new TwilioRequestValidator("");
        var signedWithEmptyKey = Convert.ToBase64String(System.Security.Cryptography.HMACSHA1.HashData([], "x"u8));

        Assert.False(unconfigured.IsValid("x", [], signedWithEmptyKey));
        Assert.Throws<InvalidOperationException>(() => unconfigured.ComputeSignature(BaseUrl, Parameters));
    }

    // py test_compute_signature_duplicate_*, node "multiple params and values".
    [Fact]
    public void ComputeSignature_RepeatedNames_SignsEachDistinctValueOnceInOrder()
    {
        KeyValuePair<string, string>[] form =
        [
            new("Sid", "CA123"), new("SidAccount", "AC123"), new("Digits", "5678"), new("Digits", "1234"), new("Digits", "1234"),
        ];

        Assert.Equal("IK+Dwps556ElfBT0I3Rgjkr1wJU=", validator.ComputeSignature(BaseUrl, form));
        Assert.True(validator.IsValid(BaseUrl, form, "IK+Dwps556ElfBT0I3Rgjkr1wJU="));
    }

    // node: MessagingBinding.Address = ["+1325xxxxxxx", "+1415xxxxxxx"] in either order.
    [Theory]
    [InlineData("+1325xxxxxxx", "+1415xxxxxxx")]
    [InlineData("+1415xxxxxxx", "+1325xxxxxxx")]
    public void IsValid_ArrayParameterInEitherOrder_Accepts(string first, string second)
    {
        KeyValuePair<string, string>[] form = [new("MessagingBinding.Address", first), new("MessagingBinding.Address", second)];

        Assert.True(validator.IsValid(BaseUrl, form, "83O6e2vORAoJHUNzJjDWN1jz+BA="));
    }

    [Theory]
    [InlineData(BaseUrl + "&bodySHA256=" + BodyHash, Body, "a9nBmqA0ju/hNViExpshrM61xv4=")]
    [InlineData("https://mycompany.com/myapp.php?bodySHA256=" + BodyHash, Body, "y77kIzt2vzLz71DgmJGsen2scGs=")]
    [InlineData(BaseUrl + "&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", "{}", "Ldidvp12m26NI7eqEvxnEpkd9Hc=")]
    public void IsValidJson_OfficialVector_Accepts(string url, string body, string signature)
    {
        Assert.True(validator.IsValidJson(url, body, signature));
    }

    [Fact]
    public void IsValidJson_EmptyObjectVector_IsSignedOverThe443Spelling()
    {
        const string url = BaseUrl + "&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

        Assert.NotEqual("Ldidvp12m26NI7eqEvxnEpkd9Hc=", validator.ComputeSignature(url, []));
        Assert.Equal("Ldidvp12m26NI7eqEvxnEpkd9Hc=", validator.ComputeSignature(url.Replace(".com/", ".com:443/", StringComparison.Ordinal), []));
    }

    [Fact]
    public void ComputeBodySha256_VectorBody_GivesTheOfficialHash()
    {
        Assert.Equal(BodyHash, TwilioRequestValidator.ComputeBodySha256(System.Text.Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void IsValidJson_NoBodySha256Parameter_Rejects()
    {
        Assert.False(validator.IsValidJson(BaseUrl, Body, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void IsValidJson_BodyChangedAfterSigning_Rejects()
    {
        Assert.False(validator.IsValidJson(BaseUrl + "&bodySHA256=" + BodyHash, """{"property": "value", "boolean": false}""", "a9nBmqA0ju/hNViExpshrM61xv4="));
    }

    // node webhooks.spec (token s3cr3t): :443 and no port are interchangeable both ways, and so are ' and %27.
    [Theory]
    [InlineData("https://example.com:443/path?test=param", "https://example.com/path?test=param")]
    [InlineData("https://example.com/path?test=param", "https://example.com:443/path?test=param")]
    [InlineData("https://example.com/path?test=param'WithQuote", "https://example.com/path?test=param%27WithQuote")]
    [InlineData("https://example.com/path?test=param%27WithQuote", "https://example.com/path?test=param'WithQuote")]
    public void IsValid_EquivalentSpelling_Accepts(string signedUrl, string requestUrl)
    {
        var s3cr3t = new TwilioRequestValidator("s3cr3t");

        Assert.True(s3cr3t.IsValid(requestUrl, [], s3cr3t.ComputeSignature(signedUrl, [])));
    }

    [Fact]
    public void IsValid_DifferentQueryValue_Rejects()
    {
        var s3cr3t = new TwilioRequestValidator("s3cr3t");

        Assert.False(s3cr3t.IsValid("https://example.com/path?test=param2", [], s3cr3t.ComputeSignature("https://example.com/path?test=param", [])));
    }

    // PROTOCOL.md 2.1 step 7: System.Uri lowercases the host and drops :443, which is why nothing here uses it.
    [Fact]
    public void IsValid_UrlNormalisedBySystemUri_NoLongerMatches()
    {
        var normalised = new Uri("https://MyCompany.com:1234/myapp.php?foo=1&bar=2").ToString();

        Assert.False(validator.IsValid(normalised, Parameters, "PCqOZm8cnu/L6+u5i5fuEd+Iac4="));
    }

    [Theory]
    [InlineData("https://[::1]/a?b=c", "https://[::1]:8443/a?b=c")]
    [InlineData("https://[::1]/a", "https://[::1]:443/a")]
    [InlineData("http://u:p@host/a", "http://u:p@host:80/a")]
    [InlineData("https://host", "https://host:443")]
    [InlineData("https://host:443?x=1", "https://host?x=1")]
    public void IsValid_PortAddedOrRemoved_Accepts(string signedUrl, string requestUrl)
    {
        Assert.True(validator.IsValid(requestUrl, Parameters, validator.ComputeSignature(signedUrl, Parameters)));
    }
}
