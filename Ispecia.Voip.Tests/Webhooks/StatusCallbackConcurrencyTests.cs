using System.Globalization;

namespace Ispecia.Voip.Tests.Webhooks;

public sealed class StatusCallbackConcurrencyTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;

    public async ValueTask InitializeAsync() => app = await TwilioModeApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Status_200CallbacksForOneCallConcurrently_LeaveOneConsistentRow()
    {
        var sid = TwilioModeApp.NewCallSid();
        string StatusOf(int sequence) => sequence switch { 199 => "completed", < 50 => "ringing", _ => "in-progress" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Reverse().Select(sequence => app.PostWebhookAsync(
            "/voip/webhook/twilio/status",
            new Dictionary<string, string>
            {
                ["CallSid"] = sid,
                ["CallStatus"] = StatusOf(sequence),
                ["SequenceNumber"] = sequence.ToString(CultureInfo.InvariantCulture),
                ["CallDuration"] = "61",
                ["From"] = "+12125550100",
                ["To"] = "+14155550101",
            })));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"answered {(int)r.StatusCode}"));
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var call = await db.Calls.Include(c => c.Events).SingleAsync(c => c.CallSid == sid, TestContext.Current.CancellationToken);
        Assert.Equal((CallStatus.Completed, 199, 61), (call.Status, call.LastSequenceNumber, call.DurationSeconds));
        Assert.Equal(200, call.Events.Count);
        Assert.Equal(200, call.Events.Select(e => e.SequenceNumber).Distinct().Count());
    }

    [Fact]
    public async Task Status_OutOfOrderAndDuplicates_NeverReopenAFinishedCall()
    {
        var sid = TwilioModeApp.NewCallSid();
        foreach (var (status, sequence) in new[] { ("completed", 3), ("ringing", 1), ("completed", 3), ("in-progress", 2) })
        {
            await app.PostWebhookAsync("/voip/webhook/twilio/status", new Dictionary<string, string>
            {
                ["CallSid"] = sid, ["CallStatus"] = status, ["SequenceNumber"] = sequence.ToString(CultureInfo.InvariantCulture),
            });
        }

        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var call = await db.Calls.Include(c => c.Events).SingleAsync(c => c.CallSid == sid, TestContext.Current.CancellationToken);
        Assert.Equal(CallStatus.Completed, call.Status);
        Assert.Equal(4, call.Events.Count);
        Assert.Equal(3, call.Events.Count(e => e.Detail!.Contains("ignored", StringComparison.Ordinal)));
    }
}
