using Ispecia.Voip.Core.Calls.Events;

namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>
/// Sends call events to the agents concerned and to supervisors and admins, through the hub (and the Redis
/// backplane when configured), and to open Blazor pages in this process through <see cref="CallEventsFeed"/>.
/// The webhook only queues the event (<see cref="CallEventQueue"/>); <see cref="CallEventPump"/> delivers it.
/// </summary>
public sealed class HubCallNotifier(CallEventQueue queue, CallEventSender sender, CallEventsFeed feed) : ICallNotifier
{
    public Task IncomingCallAsync(IReadOnlyCollection<string> agentUserIds, IncomingCallEvent incoming) =>
        QueueAsync(agentUserIds, includeSupervisors: false, c => c.IncomingCall(incoming), () => feed.Publish(incoming));

    public Task CallUpdatedAsync(IReadOnlyCollection<string> agentUserIds, CallUpdatedEvent update) =>
        QueueAsync(agentUserIds, includeSupervisors: true, c => c.CallUpdated(update), () => feed.Publish(update));

    public Task MissedCallAsync(IReadOnlyCollection<string> agentUserIds, MissedCallEvent missed) =>
        QueueAsync(agentUserIds, includeSupervisors: false, c => c.MissedCall(missed), () => feed.Publish(missed));

    public Task RecordingReadyAsync(IReadOnlyCollection<string> agentUserIds, RecordingReadyEvent recording) =>
        QueueAsync(agentUserIds, includeSupervisors: true, c => c.RecordingReady(recording), () => feed.Publish(recording));

    private async Task QueueAsync(IReadOnlyCollection<string> userIds, bool includeSupervisors, Func<IVoipClient, Task> send, Action local)
    {
        var groups = userIds.Select(VoipHub.UserGroup).ToList();
        if (includeSupervisors)
        {
            groups.Add(VoipHub.EveryCallGroup);
        }

        var pending = new PendingCallEvent(groups, send, local);
        if (!await queue.TryEnqueueAsync(pending))
        {
            // The app is stopping and the pump has drained: deliver it here rather than drop it.
            await sender.SendAsync(pending);
        }
    }
}
