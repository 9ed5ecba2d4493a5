namespace Ispecia.Voip.Tests.Security;

/// <summary>URLs handed to Twilio come from configuration, never from the request's Host header (toll fraud).</summary>
public sealed class CallbackUrlTests : IAsyncLifetime
{
    private const string CreatedSid = "CA0123456789abcdef0123456789abcdee";
    private const string ForgedHost = "attacker.example";
    private CallCreatingTwilioApp stub = null!;

    public async ValueTask InitializeAsync() => stub = await CallCreatingTwilioApp.StartAsync(CreatedSid);

    public ValueTask DisposeAsync() => stub.DisposeAsync();

    [Fact]
    public async Task Outbound_ForgedHostInTwilioMode_RestCallCarriesOnlyTheConfiguredOrigin()
    {
        var client = await stub.App.Factory.CreateClientForAsync(DemoAccounts.Agent1);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/voip/calls/outbound") { Content = JsonContent.Create(new { to = "+12125550147" }) };
        request.Headers.Host = ForgedHost;

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var created = Uri.UnescapeDataString(Assert.Single(stub.Twilio.Requests).Body);
        Assert.Contains($"Url={TwilioModeApp.BaseUrl}/voip/webhook/twilio/bridge?callId=", created, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, created, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bridge_ForgedHostInTwilioMode_TwimlCallbacksUseTheConfiguredOrigin()
    {
        var client = await stub.App.Factory.CreateClientForAsync(DemoAccounts.Agent1);
        var started = await client.PostAsJsonAsync("/api/voip/calls/outbound", new { to = "+12125550147" }, TestContext.Current.CancellationToken);
        var id = (await started.Content.ReadFromJsonAsync<Dictionary<string, int>>(TestContext.Current.CancellationToken))!["id"];
        var path = $"/voip/webhook/twilio/bridge?callId={id}";
        var form = new Dictionary<string, string> { ["CallSid"] = CreatedSid };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Host = ForgedHost;
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(TwilioModeApp.AuthToken, TwilioModeApp.BaseUrl + path, form));

        var response = await stub.App.Factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        var twiml = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"action=\"{TwilioModeApp.BaseUrl}/voip/webhook/twilio/", twiml, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, twiml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Outbound_ForgedHostInSimulatorMode_BridgesThroughTheAppsOwnAddress()
    {
        await using var simulator = SimulatorApp.Start();
        await using var agent1 = await simulator.RegisterDeviceAsync("agent1");
        using var kestrel = await BearerClientAsync(simulator.BaseUrl, DemoAccounts.Agent1);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/voip/calls/outbound") { Content = JsonContent.Create(new { to = "+12125550150" }) };
        request.Headers.Host = ForgedHost;

        var started = await kestrel.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<Dictionary<string, int>>(TestContext.Current.CancellationToken))!["id"];
        var invite = await agent1.IncomingAsync();
        await agent1.AcceptAsync(invite.CallSid);
        await agent1.WaitForAsync("Accepted", invite.CallSid);
        await agent1.HangupAsync(invite.CallSid);

        // The simulator fetched the bridge TwiML from the app itself, dialled the number and reported the outcome back.
        var call = await simulator.WaitForCallAsync(c => c.Id == id, c => c.DialStatus == CallStatus.Completed && c.EndedAt != null);
        Assert.Equal("+12125550150", call.To);
        Assert.DoesNotContain(simulator.Factory.Services.GetRequiredService<SimulatorLog>().Recent(), e => e.Message.Contains("11200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwilioMode_WithoutPublicBaseUrl_RefusesToStartNamingTheKey()
    {
        await using var factory = new VoipAppFactory(settings: TwilioModeApp.Settings(new Dictionary<string, string?> { ["Voip:PublicBaseUrl"] = "" }));

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Voip:PublicBaseUrl", StartupFailure.Messages(error), StringComparison.Ordinal);
    }

    /// <summary>A client of the real Kestrel server (not the test server) with the user's bearer token.</summary>
    public static async Task<HttpClient> BearerClientAsync(string baseUrl, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoUsers.Password }, TestContext.Current.CancellationToken);
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
