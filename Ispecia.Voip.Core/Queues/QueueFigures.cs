namespace Ispecia.Voip.Core.Queues;

/// <summary>A queue's figures for supervisors: callers waiting now, the longest wait, and today's answered and abandoned callers.</summary>
public sealed record QueueFigures(int QueueId, string Name, int Waiting, DateTime? OldestWaitingSince, int AnsweredToday, int AbandonedToday);
