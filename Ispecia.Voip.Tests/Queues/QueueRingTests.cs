using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Queues;

namespace Ispecia.Voip.Tests.Queues;

/// <summary>"Ring available members one at a time, longest idle first", through the simulator's REST calls to the members' devices.</summary>
public sealed class QueueRingTests : IAsyncLifetime
{
    // Routing as in production: a member is rung only when their softphone page says it is alive.
    private readonly SimulatorApp app = SimulatorApp.Start(timeScale: 0.1, new Dictionary<string, string?> { ["Presence:RingOfflineAgents"] = "false" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task RingLongestIdle_FirstMemberRefuses_NextMemberIsRungAndTakesTheCaller()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync(q => (q.Strategy, q.RingTimeoutSeconds) = (QueueStrategy.RingLongestIdle, 30));
        var (longestIdle, other) = await ByIdleTimeAsync("agent1", "agent2");
        await using var first = await app.RegisterDeviceAsync(longestIdle);
        await using var second = await app.RegisterDeviceAsync(other);
        await PageAliveAsync(longestIdle);
        await PageAliveAsync(other);

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
    public async Task RingLongestIdle_DeviceWithoutALivePage_NobodyIsRungAndTheCallerWaits()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync(q => q.Strategy = QueueStrategy.RingLongestIdle);
        await using var agent1 = await app.RegisterDeviceAsync("agent1");

        var caller = queue.PlaceCall();

        await queue.WaitForEntryAsync(caller, e => e.LastAnnouncedAt != null);
        var entry = await queue.WaitForEntryAsync(caller, e => e.Outcome == QueueOutcome.Waiting);
        Assert.Null(entry.RingingUserId);
        Assert.Equal("", entry.RungUserIds);
    }

    /// <summary>The member's softphone page reports its registered device, as its heartbeat does.</summary>
    private async Task PageAliveAsync(string identity)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var userId = await db.VoipAccounts.Where(v => v.Identity == identity).Select(v => v.UserId).SingleAsync(TestContext.Current.CancellationToken);
        await app.Factory.Services.GetRequiredService<PresenceService>()
            .HeartbeatAsync(userId, new PageReport(DeviceRegistered: true, IdleSeconds: 0), TestContext.Current.CancellationToken);
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
