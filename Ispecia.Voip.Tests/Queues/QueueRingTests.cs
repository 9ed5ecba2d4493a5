using Ispecia.Voip.Core.Queues;

namespace Ispecia.Voip.Tests.Queues;

/// <summary>"Ring available members one at a time, longest idle first", through the simulator's REST calls to the members' devices.</summary>
public sealed class QueueRingTests : IAsyncLifetime
{
    private readonly SimulatorApp app = SimulatorApp.Start(timeScale: 0.1);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task RingLongestIdle_FirstMemberRefuses_NextMemberIsRungAndTakesTheCaller()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync(q => (q.Strategy, q.RingTimeoutSeconds) = (QueueStrategy.RingLongestIdle, 30));
        var softphones = app.Factory.Services.GetRequiredService<RegisteredSoftphones>();
        var (longestIdle, other) = await ByIdleTimeAsync("agent1", "agent2");
        await using var first = await app.RegisterDeviceAsync(longestIdle);
        await using var second = await app.RegisterDeviceAsync(other);
        softphones.Registered(longestIdle);
        softphones.Registered(other);

        var caller = queue.PlaceCall();

        var offer = await first.IncomingAsync();
        Assert.False(second.WasTold("Incoming", offer.CallSid));
        await first.RejectAsync(offer.CallSid);
        var next = await second.IncomingAsync();
        await second.AcceptAsync(next.CallSid);
        var entry = await queue.WaitForEntryAsync(caller, e => e.Outcome != QueueOutcome.Waiting);
        Assert.Equal(QueueOutcome.Answered, entry.Outcome);
        Assert.Equal(await queue.UserIdAsync(other), entry.AnsweredByUserId);
        await second.HangupAsync(next.CallSid);
    }

    [Fact]
    public async Task RingLongestIdle_NoSoftphoneRegistered_NobodyIsRungAndTheCallerWaits()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync(q => q.Strategy = QueueStrategy.RingLongestIdle);
        await using var agent1 = await app.RegisterDeviceAsync("agent1");

        var caller = queue.PlaceCall();

        await queue.WaitForEntryAsync(caller, e => e.LastAnnouncedAt != null);
        var entry = await queue.WaitForEntryAsync(caller, e => e.Outcome == QueueOutcome.Waiting);
        Assert.Null(entry.RingingUserId);
        Assert.Equal("", entry.RungUserIds);
    }

    /// <summary>The two identities, the one whose last call ended longest ago first (the demo data gives both a history).</summary>
    private async Task<(string, string)> ByIdleTimeAsync(string a, string b)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var last = await db.VoipAccounts.Where(v => v.Identity == a || v.Identity == b)
            .Select(v => new { v.Identity, Last = db.Set<Call>().Where(c => c.AgentUserId == v.UserId && c.EndedAt != null).Max(c => c.EndedAt) })
            .ToListAsync(TestContext.Current.CancellationToken);
        var ordered = last.OrderBy(x => x.Last ?? DateTime.MinValue).Select(x => x.Identity).ToList();
        return (ordered[0], ordered[1]);
    }
}
