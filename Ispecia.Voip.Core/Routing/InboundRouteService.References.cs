using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Core.Routing;

/// <summary>What a route names (agent, team, queue, trunk): checked before a save, and written into the audit trail.</summary>
public sealed partial class InboundRouteService
{
    private async Task CheckReferencesAsync(VoipDbContext db, InboundRouteRequest request, CancellationToken ct)
    {
        var failures = new List<ValidationFailure>();
        if (request.Destination == RouteDestination.Agent
            && !await db.VoipAccounts.AnyAsync(a => a.UserId == request.DestinationUserId, ct))
        {
            failures.Add(new ValidationFailure(nameof(request.DestinationUserId),
                "This person has no VoIP account, so calls cannot ring them; give them one on the Accounts page or choose someone else."));
        }

        if (request.Destination == RouteDestination.Team && !await db.Teams.AnyAsync(t => t.Id == request.DestinationTeamId, ct))
        {
            failures.Add(new ValidationFailure(nameof(request.DestinationTeamId), "This team no longer exists; choose another."));
        }

        foreach (var (used, queueId, field) in new[] { (request.Destination, request.DestinationQueueId, nameof(request.DestinationQueueId)), (request.Fallback, request.FallbackQueueId, nameof(request.FallbackQueueId)) })
        {
            if (used == RouteDestination.Queue && await queues.NameAsync(db, queueId ?? 0, ct) is null)
            {
                failures.Add(new ValidationFailure(field, "This queue no longer exists; choose another."));
            }
        }

        if (request.TrunkId is { } trunkId && !await db.Trunks.AnyAsync(t => t.Id == trunkId, ct))
        {
            failures.Add(new ValidationFailure(nameof(request.TrunkId), "This trunk no longer exists; choose another, or none."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private async Task<Dictionary<string, string?>> SnapshotAsync(VoipDbContext db, InboundRoute route, CancellationToken ct)
    {
        var destination = route.Destination switch
        {
            RouteDestination.Agent => "Agent " + await db.Users.Where(u => u.Id == route.DestinationUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct),
            RouteDestination.Team => "Team " + await db.Teams.Where(t => t.Id == route.DestinationTeamId).Select(t => t.Name).FirstOrDefaultAsync(ct),
            RouteDestination.ExternalNumber => "Forward to " + route.DestinationNumber,
            RouteDestination.Queue => "Queue " + await queues.NameAsync(db, route.DestinationQueueId ?? 0, ct),
            _ => route.Destination.ToString(),
        };
        var fallback = route.Fallback == RouteDestination.Queue ? "Queue " + await queues.NameAsync(db, route.FallbackQueueId ?? 0, ct)
            : route.Fallback == RouteDestination.ExternalNumber ? "Forward to " + route.FallbackNumber : route.Fallback.ToString();
        var trunk = route.TrunkId is null ? null : await db.Trunks.Where(t => t.Id == route.TrunkId).Select(t => t.Name).FirstOrDefaultAsync(ct);
        return new Dictionary<string, string?>
        {
            ["Name"] = route.Name,
            ["DidPattern"] = route.DidPattern,
            ["CallerIdPattern"] = route.CallerIdPattern,
            ["Destination"] = destination,
            ["RingTimeoutSeconds"] = route.RingTimeoutSeconds.ToString(),
            ["Fallback"] = fallback,
            ["Priority"] = route.Priority.ToString(),
            ["Active"] = route.IsActive ? "yes" : "no",
            ["Trunk"] = trunk,
        };
    }
}
