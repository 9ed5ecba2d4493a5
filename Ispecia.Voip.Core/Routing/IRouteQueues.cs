namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// What routing needs to know about call queues: their names. A queue's max-wait target is a route destination, so
/// Queues sits above Routing (docs/architecture.md section 2) and implements this.
/// </summary>
public interface IRouteQueues
{
    /// <returns>The queue's name, or null when there is no such queue.</returns>
    Task<string?> NameAsync(VoipDbContext db, int queueId, CancellationToken ct);
}
