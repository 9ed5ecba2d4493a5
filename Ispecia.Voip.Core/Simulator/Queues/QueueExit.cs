using Ispecia.Voip.Core.Simulator.Engine;

namespace Ispecia.Voip.Core.Simulator.Queues;

/// <summary>Why a caller stopped waiting in a queue, as Twilio's QueueResult names it.</summary>
public abstract record QueueExit(string QueueResult)
{
    /// <summary>The wait TwiML said &lt;Leave/&gt;.</summary>
    public sealed record Left() : QueueExit("leave");

    /// <summary>The caller hung up while waiting (or the wait TwiML said &lt;Hangup/&gt;).</summary>
    public sealed record HungUp() : QueueExit("hangup");

    /// <summary>A &lt;Dial&gt;&lt;Queue&gt; took the caller; <paramref name="Url"/> is the Queue noun's TwiML for the caller first.</summary>
    public sealed record Bridged(SimCall Dequeuer, string? Url) : QueueExit("bridged");

    /// <summary>The Queue Member REST resource dequeued the caller to run the TwiML at <paramref name="Url"/>.</summary>
    public sealed record Redirected(string Url) : QueueExit("redirected");
}
