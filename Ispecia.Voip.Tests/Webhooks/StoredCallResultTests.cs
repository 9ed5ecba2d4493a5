namespace Ispecia.Voip.Tests.Webhooks;

/// <summary>The stored Calls.Result column follows every change of a call, so filters on it see what lists show.</summary>
public sealed class StoredCallResultTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;

    // Twilio is unreachable (a closed port), so a call placed through the API fails after it was stored.
    public async ValueTask InitializeAsync() =>
        app = await TwilioModeApp.StartAsync(new Dictionary<string, string?> { ["Twilio:ApiBaseUrl"] = "http://127.0.0.1:9" });

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task OutboundCall_RingingThenBusy_StoresRingingThenBusy()
    {
        var sid = TwilioModeApp.NewCallSid();
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string> { ["CallSid"] = sid, ["From"] = "client:agent1", ["To"] = "+12125550147", ["CallStatus"] = "ringing" });
        Assert.Equal(CallResultKind.Ringing, await StoredAsync(c => c.CallSid == sid));

        await app.PostTwimlAsync("/voip/webhook/twilio/dial-action", new Dictionary<string, string> { ["CallSid"] = sid, ["DialCallStatus"] = "busy", ["DialCallDuration"] = "0" });
        await app.PostWebhookAsync("/voip/webhook/twilio/status", new Dictionary<string, string> { ["CallSid"] = sid, ["CallStatus"] = "completed", ["SequenceNumber"] = "1" });

        Assert.Equal(CallResultKind.Busy, await StoredAsync(c => c.CallSid == sid));
    }

    [Fact]
    public async Task InboundCall_UnansweredWithAMessage_StoresVoicemail()
    {
        var sid = TwilioModeApp.NewCallSid();
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string> { ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["CallStatus"] = "ringing" });
        await app.PostTwimlAsync("/voip/webhook/twilio/dial-action", new Dictionary<string, string> { ["CallSid"] = sid, ["DialCallStatus"] = "no-answer", ["DialCallDuration"] = "0" });
        await app.PostWebhookAsync("/voip/webhook/twilio/status", new Dictionary<string, string> { ["CallSid"] = sid, ["CallStatus"] = "completed", ["SequenceNumber"] = "2" });
        Assert.Equal(CallResultKind.Missed, await StoredAsync(c => c.CallSid == sid));

        await app.PostWebhookAsync("/voip/webhook/twilio/recording", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["RecordingSid"] = "RE" + Guid.NewGuid().ToString("N"), ["RecordingStatus"] = "completed", ["RecordingDuration"] = "7",
            ["RecordingChannels"] = "1", ["RecordingSource"] = "RecordVerb", ["AccountSid"] = "AC" + new string('a', 32),
        });

        Assert.Equal(CallResultKind.Voicemail, await StoredAsync(c => c.CallSid == sid));
    }

    [Fact]
    public async Task CallPlacedThroughTheApi_TwilioUnreachable_StoresFailed()
    {
        var client = await app.Factory.CreateClientForAsync(DemoAccounts.Agent1);

        var response = await client.PostAsJsonAsync("/api/voip/calls/outbound", new { to = "+12125550147" }, TestContext.Current.CancellationToken);

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(CallResultKind.Failed, await StoredAsync(c => c.FailureReason != null));
    }

    // The column as stored: a projection reads it from the row, where the entity would derive it again.
    private async Task<CallResultKind> StoredAsync(System.Linq.Expressions.Expression<Func<Call, bool>> which)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Calls.Where(which).OrderByDescending(c => c.Id).Select(c => c.Result).FirstAsync(TestContext.Current.CancellationToken);
    }
}
