namespace Ispecia.Voip.Core.Queues;

/// <summary>How a queue finds an agent for its front caller.</summary>
public enum QueueStrategy
{
    /// <summary>Ring one available member at a time, the one idle longest first, moving on after the ring timeout.</summary>
    RingLongestIdle,

    /// <summary>Ring nobody: every member sees the waiting callers in the softphone and takes one.</summary>
    OfferToAll,
}
