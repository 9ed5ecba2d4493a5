namespace Ispecia.Voip.Core.Queues;

/// <summary>What became of a caller in a queue.</summary>
public enum QueueOutcome
{
    Waiting,

    /// <summary>An agent took the caller.</summary>
    Answered,

    /// <summary>The caller hung up while waiting.</summary>
    Abandoned,

    /// <summary>Nobody took the caller before the queue's maximum wait; the queue's max-wait target took over.</summary>
    MaxWait,
}
