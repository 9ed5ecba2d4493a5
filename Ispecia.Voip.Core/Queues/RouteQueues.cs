using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Core.Queues;

/// <summary>Answers Routing about queues by id, without Routing reading this feature's tables.</summary>
public sealed class RouteQueues : IRouteQueues
{
    public Task<string?> NameAsync(VoipDbContext db, int queueId, CancellationToken ct) =>
        db.CallQueues.Where(q => q.Id == queueId).Select(q => q.Name).FirstOrDefaultAsync(ct);
}
