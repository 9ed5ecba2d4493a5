namespace Ispecia.Voip.Tests.Security;

/// <summary>Every response carries the browser security headers; the CSP nonce is the one the page's import map carries.</summary>
public sealed partial class SecurityHeadersTests
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/api/voip/calls/history")]
    [InlineData("/no-such-page")]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        await using var factory = new VoipAppFactory();

        var response = await factory.CreateBrowserLikeClient().GetAsync(path, TestContext.Current.CancellationToken);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Page_ImportMapCarriesThisResponsesNonce()
    {
        await using var factory = new VoipAppFactory();

        var response = await factory.CreateClient().GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        var nonce = NonceInPolicy().Match(Header(response, "Content-Security-Policy")).Groups[1].Value;
        Assert.NotEmpty(nonce);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' 'nonce", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SimulatorMode_AllowsOnlyThisOrigin()
    {
        await using var factory = new VoipAppFactory();

        var response = await factory.CreateClient().GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("twilio.com", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwilioMode_AllowsTheVoiceSdksSignallingAndSounds()
    {
        await using var app = await TwilioModeApp.StartAsync();

        var response = await app.Factory.CreateClient().GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Matches("connect-src 'self'[^;]* wss://\\*\\.twilio\\.com", csp);
        Assert.Matches("media-src 'self'[^;]* https://\\*\\.twilio\\.com", csp);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();
}
