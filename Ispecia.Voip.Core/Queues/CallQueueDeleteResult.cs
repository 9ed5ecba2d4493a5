namespace Ispecia.Voip.Core.Queues;

/// <summary>What became of a request to delete a queue: deleted, gone already, or still used by the routes named.</summary>
public sealed record CallQueueDeleteResult(bool Deleted, string Message);
