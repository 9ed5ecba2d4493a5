using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Web.Calls.Events;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ispecia.Voip.Tests.Calls;

/// <summary>
/// Two instances, one database, one Redis: a webhook that lands on A reaches an agent connected to B, and the feeds
/// open pages listen to (call events, line and access changes) cross over too.
/// </summary>
public sealed class RedisBackplaneTests
{
    [Fact]
    public async Task Webhook_OnInstanceA_ReachesAgentConnectedToInstanceB()
    {
        await using var redis = await RedisServer.StartAsync();
        var (instanceA, instanceB) = await StartTwoInstancesAsync(redis);
        await using var a = instanceA;
        await using var b = instanceB;

        await using var agentOnB = await TestHubClient.ConnectAsync(instanceB, DemoAccounts.Agent1);
        var received = new TaskCompletionSource<IncomingCallEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        agentOnB.On<IncomingCallEvent>("IncomingCall", e => received.TrySetResult(e));
        await agentOnB.StartAsync(TestContext.Current.CancellationToken);

        var sid = TwilioModeApp.NewCallSid();
        await instanceA.PostTwimlAsync("/voip/webhook/twilio/voice", Inbound(sid));

        var incoming = await received.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        Assert.Equal(sid, incoming.CallSid);
    }

    [Fact]
    public async Task Webhook_OnInstanceA_ReachesPagesOpenOnInstanceBOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        var (instanceA, instanceB) = await StartTwoInstancesAsync(redis);
        await using var a = instanceA;
        await using var b = instanceB;
        var onB = new TaskCompletionSource<IncomingCallEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        instanceB.Services.GetRequiredService<CallEventsFeed>().Published += e => { if (e is IncomingCallEvent incoming) { onB.TrySetResult(incoming); } };
        var seenOnA = new ConcurrentQueue<object>();
        instanceA.Factory.Services.GetRequiredService<CallEventsFeed>().Published += seenOnA.Enqueue;

        var sid = TwilioModeApp.NewCallSid();
        await instanceA.PostTwimlAsync("/voip/webhook/twilio/voice", Inbound(sid));

        Assert.Equal(sid, (await onB.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken)).CallSid);
        // A relays what it published, and does not hear its own message back as a second event.
        Assert.Single(seenOnA.OfType<IncomingCallEvent>(), e => e.CallSid == sid);
    }

    [Fact]
    public async Task LineAndAccessChanges_OnInstanceA_ReachInstanceB()
    {
        await using var redis = await RedisServer.StartAsync();
        var (instanceA, instanceB) = await StartTwoInstancesAsync(redis);
        await using var a = instanceA;
        await using var b = instanceB;
        var line = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var access = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        instanceB.Services.GetRequiredService<LineChanges>().Published += id => line.TrySetResult(id);
        instanceB.Services.GetRequiredService<UserAccessChanges>().Published += id => access.TrySetResult(id);

        instanceA.Factory.Services.GetRequiredService<LineChanges>().Publish("user-line");
        instanceA.Factory.Services.GetRequiredService<UserAccessChanges>().Publish("user-access");

        Assert.Equal("user-line", await line.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken));
        Assert.Equal("user-access", await access.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Heartbeat_FromAPageOnInstanceB_AgentIsRungByInstanceAAndAShowsThePresence()
    {
        await using var redis = await RedisServer.StartAsync();
        var (instanceA, instanceB) = await StartTwoInstancesAsync(redis, ringOfflineAgents: false);
        await using var a = instanceA;
        await using var b = instanceB;
        var before = await instanceA.PostTwimlAsync("/voip/webhook/twilio/voice", Inbound(TwilioModeApp.NewCallSid()));
        Assert.DoesNotContain(">agent1<", before, StringComparison.Ordinal);
        var seenOnA = new TaskCompletionSource<PresenceChangedEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        instanceA.Factory.Services.GetRequiredService<PresenceFeed>().Published += e => seenOnA.TrySetResult(e);
        await using var pageOnB = await TestHubClient.ConnectAsync(instanceB, DemoAccounts.Agent1);
        await pageOnB.StartAsync(TestContext.Current.CancellationToken);

        await pageOnB.InvokeAsync("Heartbeat", true, 0, TestContext.Current.CancellationToken);

        Assert.Equal(PresenceStatus.Available, (await seenOnA.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken)).Status);
        var after = await instanceA.PostTwimlAsync("/voip/webhook/twilio/voice", Inbound(TwilioModeApp.NewCallSid()));
        Assert.Contains(">agent1<", after, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Inbound(string sid) => new()
    {
        ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["CallStatus"] = "ringing",
    };

    /// <summary>Instance A seeds the database; B shares it and the Redis server.</summary>
    private static async Task<(TwilioModeApp A, VoipAppFactory B)> StartTwoInstancesAsync(RedisServer redis, bool ringOfflineAgents = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString, ["Presence:RingOfflineAgents"] = ringOfflineAgents ? "true" : "false",
        };
        var instanceA = await TwilioModeApp.StartAsync(settings);
        return (instanceA, new VoipAppFactory(instanceA.Factory.DatabasePath, TwilioModeApp.Settings(settings)) { KeepDatabaseOnDispose = true });
    }
}
