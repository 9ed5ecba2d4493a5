using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ispecia.Voip.Tests.Security;

/// <summary>X-Forwarded-* count only from the proxies named in Voip:KnownProxies / Voip:KnownNetworks.</summary>
public sealed class ForwardedHeadersTests
{
    private const string VoicePath = "/voip/webhook/twilio/voice";
    private const string OtherOrigin = "https://victim.example";

    [Fact]
    public async Task SignedWebhook_ReplayedWithForwardedHeadersInTwilioMode_Returns403()
    {
        await using var app = await TwilioModeApp.StartAsync();
        var form = InboundForm();

        var response = await app.PostWebhookAsync(VoicePath, form, signatureOverride: TwilioSigner.Sign(TwilioModeApp.AuthToken, OtherOrigin + VoicePath, form),
            headers: ForwardedFrom(OtherOrigin));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SignedWebhook_ReplayedWithForwardedHeadersFromAnUnknownClient_Returns403()
    {
        await using var app = await KestrelAppAsync(new Dictionary<string, string?>());
        var form = InboundForm();

        var response = await PostSignedAsync(app, form, OtherOrigin + VoicePath, ForwardedFrom(OtherOrigin));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SignedWebhook_ThroughAKnownProxy_IsCheckedAgainstTheUrlTheProxyReports()
    {
        await using var app = await KestrelAppAsync(LoopbackIsProxy);
        var form = InboundForm();

        var response = await PostSignedAsync(app, form, OtherOrigin + VoicePath, ForwardedFrom(OtherOrigin));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BehindAKnownTlsProxy_SendsHstsAndSecureCookies()
    {
        await using var app = await KestrelAppAsync(LoopbackIsProxy);

        var response = await SignInAsync(app, ForwardedFrom("https://crm.example.com"));

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ForwardedProtoFromAnUnknownClient_IsIgnored()
    {
        await using var app = await KestrelAppAsync(new Dictionary<string, string?>());

        var response = await SignInAsync(app, ForwardedFrom("https://crm.example.com"));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Voip:KnownProxies", "10.0.0.300")]
    [InlineData("Voip:KnownNetworks", "10.0.0.0")]
    public async Task BadProxySetting_RefusesToStartNamingTheKey(string key, string value)
    {
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator", [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains(key, StartupFailure.Messages(error), StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string?> LoopbackIsProxy = new() { ["Voip:KnownProxies"] = "127.0.0.1,::1" };

    private static Dictionary<string, string> ForwardedFrom(string origin)
    {
        var uri = new Uri(origin);
        return new() { ["X-Forwarded-Proto"] = uri.Scheme, ["X-Forwarded-Host"] = uri.Authority, ["X-Forwarded-For"] = "203.0.113.7" };
    }

    private static Dictionary<string, string> InboundForm() => new()
    {
        ["CallSid"] = TwilioModeApp.NewCallSid(), ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["CallStatus"] = "ringing",
    };

    /// <summary>The app in simulator mode on real Kestrel, so requests come from a real (loopback) address.</summary>
    private static Task<KestrelApp> KestrelAppAsync(Dictionary<string, string?> settings)
    {
        var factory = new VoipAppFactory(settings: new Dictionary<string, string?>(settings) { ["Voip:Mode"] = "Simulator" });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return Task.FromResult(new KestrelApp(factory, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/')));
    }

    private static async Task<HttpResponseMessage> PostSignedAsync(KestrelApp app, Dictionary<string, string> form, string signedUrl, Dictionary<string, string> headers)
    {
        var authToken = app.Factory.Services.GetRequiredService<SimulatorCredentials>().AuthToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, app.BaseUrl + VoicePath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(authToken, signedUrl, form));
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var client = new HttpClient();
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<HttpResponseMessage> SignInAsync(KestrelApp app, Dictionary<string, string> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, app.BaseUrl + "/api/auth/login?useCookies=true")
        {
            Content = JsonContent.Create(new { email = DemoAccounts.Agent1, password = DemoUsers.Password }),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var client = new HttpClient(new HttpClientHandler { UseCookies = false });
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private sealed record KestrelApp(VoipAppFactory Factory, string BaseUrl) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
