using Ispecia.Voip.Web.Operations;

namespace Ispecia.Voip.Tests.Operations;

/// <summary>The Ispecia.Voip meter counts and times webhooks; /metrics shows it in Prometheus text, to admins only.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => app = await TwilioModeApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Webhooks_AreCountedByTypeAndResult_AndTimed()
    {
        using var counted = new MeterRecorder(app.Factory.Services, "ispecia.voip.webhooks");
        using var timed = new MeterRecorder(app.Factory.Services, "ispecia.voip.webhook.duration");

        await app.PostTwimlAsync("/voip/webhook/twilio/voice", OutboundVoice());
        var unsigned = await app.PostWebhookAsync("/voip/webhook/twilio/status", new Dictionary<string, string> { ["CallSid"] = TwilioModeApp.NewCallSid() }, signatureOverride: "forged");
        var malformed = await app.PostWebhookAsync("/voip/webhook/twilio/status", new Dictionary<string, string> { ["CallSid"] = TwilioModeApp.NewCallSid(), ["CallStatus"] = "sideways" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (unsigned.StatusCode, malformed.StatusCode));
        Assert.Equal(
            [("voice", "accepted", 1.0), ("status", "rejected", 1.0), ("status", "invalid", 1.0)],
            counted.Measurements.Select(m => (m.Tags[VoipMetrics.WebhookTypeTag], m.Tags[VoipMetrics.WebhookResultTag], m.Value)));
        Assert.Equal(3, timed.Measurements.Count);
        Assert.All(timed.Measurements, m => Assert.InRange(m.Value, 0, 30));
    }

    [Fact]
    public async Task ActiveCalls_CountsACallThatIsRinging()
    {
        using var active = new MeterRecorder(app.Factory.Services, "ispecia.voip.calls.active");
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = TwilioModeApp.NewCallSid(), ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["CallStatus"] = "ringing",
        });

        active.Observe();

        // The demo history's calls are all finished; the one just rung is the only live one.
        Assert.Equal(1.0, Assert.Single(active.Measurements).Value);
    }

    [Fact]
    public async Task QueueSize_EventsNotYetPushed_AreReportedForTheCallEventQueue()
    {
        // Without the pump, what an inbound call raises (its screen-pop and its ringing update) stays queued.
        await using var stalled = await TwilioModeApp.StartAsync(testServices: services =>
            services.Remove(services.Single(d => d.ImplementationType == typeof(Ispecia.Voip.Web.Calls.Events.CallEventPump))));
        using var queued = new MeterRecorder(stalled.Factory.Services, "ispecia.voip.queue.size");
        await stalled.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = TwilioModeApp.NewCallSid(), ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["CallStatus"] = "ringing",
        });

        queued.Observe();

        var measurement = Assert.Single(queued.Measurements);
        Assert.Equal("call-events", measurement.Tags["queue"]);
        Assert.True(measurement.Value >= 1, $"Expected queued events, saw {measurement.Value}.");
    }

    [Fact]
    public async Task Metrics_ForAnAdmin_IsPrometheusTextWithTheAppsMeter()
    {
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", OutboundVoice());
        var admin = await app.Factory.CreateClientForAsync(DemoAccounts.Admin);

        var response = await admin.GetAsync("/metrics", Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE ispecia_voip_webhooks_total counter", text, StringComparison.Ordinal);
        Assert.Matches(@"ispecia_voip_webhooks_total\{[^}]*webhook_result=""accepted""[^}]*webhook_type=""voice""[^}]*\} [1-9]", text);
        Assert.Contains("ispecia_voip_webhook_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("ispecia_voip_calls_active", text, StringComparison.Ordinal);
        Assert.Contains("ispecia_voip_hub_connections", text, StringComparison.Ordinal);
        Assert.Matches(@"ispecia_voip_queue_size\{[^}]*queue=""call-events""[^}]*\} \d", text);
    }

    [Fact]
    public async Task Metrics_Anonymous_Is401WithoutARedirect_AndAgentsAndSupervisorsAre403()
    {
        var anonymous = await app.Factory.CreateBrowserLikeClient().GetAsync("/metrics", Cancel);
        var agent = await (await app.Factory.CreateClientForAsync(DemoAccounts.Agent1)).GetAsync("/metrics", Cancel);
        var supervisor = await (await app.Factory.CreateCookieClientForAsync(DemoAccounts.Supervisor)).GetAsync("/metrics", Cancel);

        Assert.Equal(
            (HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (anonymous.StatusCode, agent.StatusCode, supervisor.StatusCode));
        Assert.DoesNotContain("ispecia_voip", await agent.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> OutboundVoice() => new()
    {
        ["CallSid"] = TwilioModeApp.NewCallSid(), ["From"] = "client:agent1", ["To"] = "+12125550147", ["CallStatus"] = "ringing",
    };
}
