namespace Ispecia.Voip.Core.Queues;

/// <summary>A caller waiting in a queue, as an agent's softphone lists them (longest waiting first).</summary>
public sealed record WaitingCaller(int EntryId, int QueueId, string QueueName, string Caller, string? CallerName, int? ContactId, DateTime EnqueuedAt);
