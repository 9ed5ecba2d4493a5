using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Web.Calls.Events;

namespace Ispecia.Voip.Web.Queues;

/// <summary>
/// Queue changes go through the call event queue, in order with the call events the same webhook raised, to this
/// instance's open pages through <see cref="CallEventsFeed"/> (and, by the feed relay, to every other instance's).
/// Waiting lists and supervisor panels are Blazor components: they read the queue again when told.
/// </summary>
public sealed class HubQueueNotifier(CallEventQueue queue, CallEventSender sender, CallEventsFeed feed) : IQueueNotifier
{
    public async Task QueueChangedAsync(QueueChangedEvent changed)
    {
        var pending = new PendingCallEvent([], _ => Task.CompletedTask, () => feed.Publish(changed));
        if (!await queue.TryEnqueueAsync(pending))
        {
            await sender.SendAsync(pending);
        }
    }
}
