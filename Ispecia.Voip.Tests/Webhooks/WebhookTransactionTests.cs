using Ispecia.Voip.Core.Webhooks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ispecia.Voip.Tests.Webhooks;

/// <summary>
/// Each webhook is one write transaction (docs/architecture.md section 3): under SQLite every extra one queues
/// behind the single writer, and on both providers a half-written webhook is what a retry must never see.
/// </summary>
public sealed class WebhookTransactionTests : IAsyncLifetime
{
    private readonly SqlCommandCounter counter = new();
    private TwilioModeApp app = null!;

    public async ValueTask InitializeAsync() =>
        app = await TwilioModeApp.StartAsync(testServices: s => s.AddSingleton<IInterceptor>(counter));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task OutboundVoiceWebhook_ToANumber_IsOneWriteTransaction()
    {
        await OneWriteTransactionAsync("voice", Voice(TwilioModeApp.NewCallSid(), "client:agent1", "+12125550147"));
    }

    [Fact]
    public async Task StatusCallback_ForAKnownCall_IsOneWriteTransaction()
    {
        var sid = TwilioModeApp.NewCallSid();
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", Voice(sid, "client:agent1", "+12125550147"));

        await OneWriteTransactionAsync("status", Status(sid, "in-progress", 1));
    }

    [Fact]
    public async Task OutboundCallToAnExtensionAndToABusyNumber_EveryWebhookIsOneWriteTransaction()
    {
        await OneWriteTransactionAsync("voice", Voice(TwilioModeApp.NewCallSid(), "client:agent1", "102"));
        var sid = TwilioModeApp.NewCallSid();
        await OneWriteTransactionAsync("voice", Voice(sid, "client:agent1", "+12125550147"));
        await OneWriteTransactionAsync("status", Status(sid, "ringing", 0));
        await OneWriteTransactionAsync("dial-action", new() { ["CallSid"] = sid, ["DialCallStatus"] = "busy", ["DialCallDuration"] = "0" });
        await OneWriteTransactionAsync("status", Status(sid, "completed", 1));
    }

    [Fact]
    public async Task InboundCallToVoicemail_EveryWebhookIsOneWriteTransaction()
    {
        var sid = TwilioModeApp.NewCallSid();
        await OneWriteTransactionAsync("voice", new() { ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["CallStatus"] = "ringing" });
        await OneWriteTransactionAsync("dial-action", new() { ["CallSid"] = sid, ["DialCallStatus"] = "no-answer", ["DialCallDuration"] = "0" });
        await OneWriteTransactionAsync("recording", new()
        {
            ["CallSid"] = sid, ["RecordingSid"] = "RE" + Guid.NewGuid().ToString("N"), ["RecordingStatus"] = "completed", ["RecordingDuration"] = "7",
            ["RecordingChannels"] = "1", ["RecordingSource"] = "RecordVerb", ["AccountSid"] = "AC" + new string('a', 32),
        });
        await OneWriteTransactionAsync("status", Status(sid, "completed", 3));
    }

    [Fact]
    public async Task StatusCallbacksOfAServerInitiatedCall_AdoptingThePlaceholderAndAfter_AreOneWriteTransactionEach()
    {
        var placeholder = new Call { CallSid = OutboundCallStarter.PlaceholderPrefix + Guid.NewGuid().ToString("N"), Direction = CallDirection.Outbound, Status = CallStatus.Queued };
        await using (var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            db.Calls.Add(placeholder);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var sid = TwilioModeApp.NewCallSid();
        await OneWriteTransactionAsync($"status?callId={placeholder.Id}", Status(sid, "initiated", 0));
        await OneWriteTransactionAsync($"status?callId={placeholder.Id}", Status(sid, "ringing", 1));
    }

    private async Task OneWriteTransactionAsync(string webhook, Dictionary<string, string> form)
    {
        counter.Reset();
        var response = await app.PostWebhookAsync("/voip/webhook/twilio/" + webhook, form);

        Assert.True(response.IsSuccessStatusCode, $"{webhook}: {response.StatusCode}");
        Assert.True(counter.WriteTransactions == 1, $"{webhook}: {counter.Describe()}");
    }

    private static Dictionary<string, string> Voice(string sid, string from, string to) => new()
    {
        ["CallSid"] = sid, ["From"] = from, ["To"] = to, ["Direction"] = "inbound", ["CallStatus"] = "ringing",
    };

    private static Dictionary<string, string> Status(string sid, string status, int sequence) => new()
    {
        ["CallSid"] = sid, ["CallStatus"] = status, ["SequenceNumber"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
