using System.Threading.Channels;

namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>
/// Call events between the webhook that raised them and <see cref="CallEventPump"/>, which pushes them. A webhook
/// answers Twilio as soon as its event is queued, never waiting for the hub or the backplane (docs/architecture.md
/// section 8). The queue is bounded so a stalled backplane cannot grow memory without end: when full, a webhook waits
/// for room, which slows Twilio's retries rather than losing an event.
/// </summary>
public sealed class CallEventQueue
{
    public const int Capacity = 10_000;

    private readonly Channel<PendingCallEvent> channel = Channel.CreateBounded<PendingCallEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<PendingCallEvent> Reader => channel.Reader;

    /// <summary>How many events wait to be pushed (for the queue-size metric and tests).</summary>
    public int Count => channel.Reader.Count;

    /// <returns>False once the pump has stopped taking events (the app is stopping): the caller pushes it itself.</returns>
    public async ValueTask<bool> TryEnqueueAsync(PendingCallEvent pending)
    {
        if (channel.Writer.TryWrite(pending))
        {
            return true;
        }

        try
        {
            await channel.Writer.WriteAsync(pending);
            return true;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }

    /// <summary>No more events are taken; those already queued are still pushed.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
