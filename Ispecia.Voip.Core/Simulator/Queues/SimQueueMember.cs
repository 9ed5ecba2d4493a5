using Ispecia.Voip.Core.Simulator.Engine;

namespace Ispecia.Voip.Core.Simulator.Queues;

/// <summary>One caller waiting in a <see cref="SimQueue"/>: the Queue Member resource.</summary>
public sealed class SimQueueMember(SimQueue queue, SimCall call, DateTimeOffset enqueuedAt)
{
    public SimQueue Queue { get; } = queue;

    public SimCall Call { get; } = call;

    public DateTimeOffset EnqueuedAt { get; } = enqueuedAt;

    /// <summary>Set once, by whoever ends the wait first (the caller, the wait TwiML, a dequeuer).</summary>
    public TaskCompletionSource<QueueExit> Exit { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A bridged caller has heard the Queue noun's TwiML: the two can talk.</summary>
    public TaskCompletionSource BridgeReady { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool TryExit(QueueExit exit) => Exit.TrySetResult(exit);

    public int WaitSeconds(DateTimeOffset now) => (int)Math.Max(0, Math.Round((now - EnqueuedAt).TotalSeconds));
}
