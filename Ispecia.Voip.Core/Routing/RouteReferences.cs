using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Core.Routing;

/// <summary>Answers Teams and Trunks about the routes that point at them, without those features reading routes.</summary>
public sealed class RouteReferences : ITeamRoutes, ITrunkRoutes
{
    public async Task<IReadOnlyList<(int TeamId, string RouteName)>> AllAsync(VoipDbContext db, CancellationToken ct)
    {
        var routes = await db.InboundRoutes.AsNoTracking()
            .Where(r => r.DestinationTeamId != null)
            .OrderBy(r => r.Priority)
            .Select(r => new { TeamId = r.DestinationTeamId!.Value, r.Name })
            .ToListAsync(ct);
        return [.. routes.Select(r => (r.TeamId, r.Name))];
    }

    public async Task<IReadOnlyList<string>> ForTeamAsync(VoipDbContext db, int teamId, CancellationToken ct) =>
        await db.InboundRoutes.Where(r => r.DestinationTeamId == teamId).OrderBy(r => r.Priority).Select(r => r.Name).ToListAsync(ct);

    public async Task<IReadOnlyList<string>> ForTrunkAsync(VoipDbContext db, int trunkId, CancellationToken ct) =>
        await db.InboundRoutes.Where(r => r.TrunkId == trunkId).OrderBy(r => r.Priority).Select(r => r.Name).ToListAsync(ct);
}
