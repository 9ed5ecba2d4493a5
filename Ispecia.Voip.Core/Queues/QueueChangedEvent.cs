namespace Ispecia.Voip.Core.Queues;

/// <summary>A caller joined, left or was taken from a queue: open waiting lists and supervisor panels read the queue again.</summary>
public sealed record QueueChangedEvent(int QueueId);
