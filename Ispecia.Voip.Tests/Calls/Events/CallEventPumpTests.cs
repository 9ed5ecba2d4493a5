using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Web.Calls.Events;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ispecia.Voip.Tests.Calls.Events;

/// <summary>Webhooks answer Twilio without waiting for the hub; queued events go out in order and survive a stop.</summary>
public sealed class CallEventPumpTests
{
    private readonly GatedHubContext hub = new();
    private readonly CallEventQueue queue = new();
    private readonly CallEventsFeed feed = new();
    private readonly HubCallNotifier notifier;
    private readonly CallEventPump pump;

    public CallEventPumpTests()
    {
        var sender = new CallEventSender(hub, NullLogger<CallEventSender>.Instance);
        notifier = new HubCallNotifier(queue, sender, feed);
        pump = new CallEventPump(queue, sender);
    }

    [Fact]
    public async Task Notify_HubStalled_ReturnsBeforeTheEventIsDelivered()
    {
        await pump.StartAsync(TestContext.Current.CancellationToken);

        var notified = notifier.CallUpdatedAsync(["agent-1"], Update(1));

        Assert.True(notified.IsCompletedSuccessfully, "The webhook waited for the hub.");
        Assert.Empty(hub.Sent);
        hub.Open();
        await WaitUntilAsync(() => hub.Sent.Count == 1);
        Assert.Equal(["user:agent-1", VoipHub.EveryCallGroup], hub.Sent[0].Groups);
        await pump.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Stop_EventsStillQueued_DeliversEveryOneInOrderBeforeStopping()
    {
        await pump.StartAsync(TestContext.Current.CancellationToken);
        for (var id = 1; id <= 50; id++)
        {
            await notifier.CallUpdatedAsync(["agent-1"], Update(id));
        }

        var stopping = pump.StopAsync(TestContext.Current.CancellationToken);
        Assert.False(stopping.IsCompleted, "The pump stopped with events still queued.");
        hub.Open();
        await stopping;

        Assert.Equal(Enumerable.Range(1, 50), hub.Sent.Select(s => s.CallId));
    }

    [Fact]
    public async Task Notify_AfterThePumpStopped_DeliversTheEventItself()
    {
        hub.Open();
        await pump.StartAsync(TestContext.Current.CancellationToken);
        await pump.StopAsync(TestContext.Current.CancellationToken);
        var seenLocally = new List<object>();
        feed.Published += seenLocally.Add;

        await notifier.MissedCallAsync(["agent-2"], new MissedCallEvent(7, "+12125550147", "(212) 555-0147", null, HasVoicemail: false));

        Assert.Equal(7, Assert.Single(hub.Sent).CallId);
        Assert.IsType<MissedCallEvent>(Assert.Single(seenLocally));
    }

    private static CallUpdatedEvent Update(int callId) =>
        new(callId, $"CA{callId:D32}", CallDirection.Inbound, CallStatus.Ringing, null, 0, IsMissed: false, HasVoicemail: false);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
