using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Simulator;

namespace Ispecia.Voip.Tests.Queues;

/// <summary>Callers routed to a queue, end to end through the simulator: wait, be taken, give up, or reach the maximum wait.</summary>
public sealed class QueueFlowTests : IAsyncLifetime
{
    private readonly SimulatorApp app = SimulatorApp.Start(timeScale: 0.1);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Wait_Agent2TakesFromSoftphone_CallerIsAnsweredByAgent2()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync();
        var caller = queue.PlaceCall();
        await queue.WaitForEntryAsync(caller, e => e.Outcome == QueueOutcome.Waiting);
        await using var agent2 = await app.RegisterDeviceAsync("agent2");

        var take = await agent2.ConnectAsync($"queue:{queue.QueueId}");

        await agent2.WaitForAsync("Accepted", take);
        var entry = await queue.WaitForEntryAsync(caller, e => e.Outcome == QueueOutcome.Answered);
        Assert.Equal(await queue.UserIdAsync("agent2"), entry.AnsweredByUserId);
        var call = await app.WaitForCallAsync(c => c.CallSid == caller, c => c.AgentUserId != null);
        Assert.Equal(entry.AnsweredByUserId, call.AgentUserId);
        Assert.Contains(app.Factory.Services.GetRequiredService<TwilioSimulator>().Log.Recent(), l => l.Message.StartsWith("agent2 takes +12125550199", StringComparison.Ordinal));
        await agent2.HangupAsync(take);
        var ended = await app.WaitForCallAsync(c => c.CallSid == caller, c => c.EndedAt is not null);
        Assert.False(ended.IsMissed);
    }

    [Fact]
    public async Task Wait_MaxWaitReached_CallerLeavesForVoicemail()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync(q => (q.MaxWaitSeconds, q.AtMaxWait) = (10, RouteDestination.Voicemail));

        var caller = queue.PlaceCall();

        var entry = await queue.WaitForEntryAsync(caller, e => e.Outcome != QueueOutcome.Waiting);
        Assert.Equal(QueueOutcome.MaxWait, entry.Outcome);
        Assert.InRange(entry.WaitSeconds!.Value, 10, 60);
        var log = app.Factory.Services.GetRequiredService<TwilioSimulator>().Log;
        await WaitUntilAsync(() => log.Recent().Any(l => l.CallSid == caller && l.Message == InboundCallPlannerGreeting));
    }

    [Fact]
    public async Task Wait_CallerHangsUp_EntryIsAbandonedAndCounted()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync();

        var caller = queue.PlaceCall(hangupAfterSeconds: 20);

        var entry = await queue.WaitForEntryAsync(caller, e => e.Outcome != QueueOutcome.Waiting);
        Assert.Equal(QueueOutcome.Abandoned, entry.Outcome);
        var figures = await app.Factory.Services.GetRequiredService<QueueBoard>().FiguresAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0, 1), figures.Where(f => f.QueueId == queue.QueueId).Select(f => (f.Waiting, f.AbandonedToday)).Single());
    }

    [Fact]
    public async Task Wait_PositionAnnounced_CallerHearsTheirPlace()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync();

        var first = queue.PlaceCall("+12125550181");
        await queue.WaitForEntryAsync(first, _ => true);
        var second = queue.PlaceCall("+12125550182");
        await queue.WaitForEntryAsync(second, _ => true);

        var log = app.Factory.Services.GetRequiredService<TwilioSimulator>().Log;
        await WaitUntilAsync(() => log.Recent().Any(l => l.CallSid == second && l.Message.StartsWith("Hears \"You are caller number 2.", StringComparison.Ordinal)));
    }

    private const string InboundCallPlannerGreeting = Ispecia.Voip.Core.Webhooks.InboundCallPlanner.VoicemailGreeting;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The simulator log never showed it.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
