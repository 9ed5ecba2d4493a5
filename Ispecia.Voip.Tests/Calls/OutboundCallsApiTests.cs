namespace Ispecia.Voip.Tests.Calls;

/// <summary>POST /api/voip/calls/outbound against a stub of Twilio's REST API, then the bridge webhook.</summary>
public sealed class OutboundCallsApiTests : IAsyncLifetime
{
    private const string CreatedSid = "CA0123456789abcdef0123456789abcdef";
    private CallCreatingTwilioApp stub = null!;

    public async ValueTask InitializeAsync() => stub = await CallCreatingTwilioApp.StartAsync(CreatedSid);

    public ValueTask DisposeAsync() => stub.DisposeAsync();

    [Fact]
    public async Task Outbound_Agent_RingsTheAgentThenBridgeDialsTheNumber()
    {
        var client = await stub.App.Factory.CreateClientForAsync(DemoAccounts.Agent1);

        var response = await client.PostAsJsonAsync("/api/voip/calls/outbound", new { to = "(212) 555-0147" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, int>>(TestContext.Current.CancellationToken))!["id"];
        var created = Assert.Single(stub.Twilio.Requests);
        Assert.Contains("To=client%3Aagent1", created.Body, StringComparison.Ordinal);
        Assert.Contains($"bridge%3FcallId%3D{id}", created.Body, StringComparison.Ordinal);

        var bridge = await stub.App.PostTwimlAsync($"/voip/webhook/twilio/bridge?callId={id}", new Dictionary<string, string> { ["CallSid"] = CreatedSid });
        Assert.Contains("<Number>+12125550147</Number>", bridge, StringComparison.Ordinal);
        await using var db = await stub.App.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var call = await db.Calls.SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal((CreatedSid, CallDirection.Outbound, "+12125550147"), (call.CallSid, call.Direction, call.To));
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("+19005550123", HttpStatusCode.BadRequest)]
    [InlineData("not a number", HttpStatusCode.BadRequest)]
    public async Task Outbound_BadNumber_Returns400AndCallsNobody(string to, HttpStatusCode expected)
    {
        var client = await stub.App.Factory.CreateClientForAsync(DemoAccounts.Agent1);

        var response = await client.PostAsJsonAsync("/api/voip/calls/outbound", new { to }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(stub.Twilio.Requests);
    }

    [Fact]
    public async Task Outbound_UserWithoutPhoneLine_Returns403()
    {
        var client = await stub.App.Factory.CreateClientForAsync(DemoAccounts.Supervisor);

        var response = await client.PostAsJsonAsync("/api/voip/calls/outbound", new { to = "+12125550147" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Outbound_Anonymous_Returns401()
    {
        var response = await stub.App.Factory.CreateClient().PostAsJsonAsync("/api/voip/calls/outbound", new { to = "+12125550147" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Outbound_EleventhCallInAMinute_Returns429()
    {
        var client = await stub.App.Factory.CreateClientForAsync(DemoAccounts.Agent2);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/voip/calls/outbound", new { to = "+12125550147" }, TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Accepted, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }
}
