using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// Inbound route use cases for the admin page: list in priority order, read, create, update, delete, switch on
/// or off, move up or down, and "which route wins?" over the stored routes. Every change renews the
/// <see cref="RouteTableStamp"/> in its transaction, so each instance's <see cref="RouteTableCache"/> sees it.
/// </summary>
public sealed partial class InboundRouteService(
    IDbContextFactory<VoipDbContext> dbFactory,
    IValidator<InboundRouteRequest> validator,
    PhoneNumberService phones,
    AuditLog audit,
    IRouteQueues queues)
{
    public const string EntityName = "InboundRoute";

    /// <summary>
    /// Every route by priority then id, with what the page and a TwiML preview need: the destination user and
    /// their VoIP account, the team with its members, and the trunk (its password removed).
    /// </summary>
    public async Task<IReadOnlyList<InboundRoute>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var routes = await db.InboundRoutes.AsNoTracking()
            .Include(r => r.DestinationUser).ThenInclude(u => u!.VoipAccount)
            .Include(r => r.DestinationTeam).ThenInclude(t => t!.Members).ThenInclude(m => m.User).ThenInclude(u => u!.VoipAccount)
            .Include(r => r.Trunk)
            .AsSplitQuery()
            .OrderBy(r => r.Priority).ThenBy(r => r.Id)
            .ToListAsync(ct);
        foreach (var trunk in routes.Select(r => r.Trunk).OfType<Trunks.Trunk>())
        {
            trunk.PasswordProtected = null;
        }

        return routes;
    }

    /// <summary>The dialog's model for a stored route; null when it no longer exists.</summary>
    public async Task<InboundRouteRequest?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.InboundRoutes.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return route is null ? null : new InboundRouteRequest
        {
            Name = route.Name,
            DidPattern = route.DidPattern,
            CallerIdPattern = route.CallerIdPattern,
            Destination = route.Destination,
            DestinationUserId = route.DestinationUserId,
            DestinationTeamId = route.DestinationTeamId,
            DestinationNumber = route.DestinationNumber,
            DestinationQueueId = route.DestinationQueueId,
            RingTimeoutSeconds = route.RingTimeoutSeconds,
            Fallback = route.Fallback,
            FallbackNumber = route.FallbackNumber,
            FallbackQueueId = route.FallbackQueueId,
            Priority = route.Priority,
            IsActive = route.IsActive,
            TrunkId = route.TrunkId,
        };
    }

    /// <summary>The priority a new route gets by default: after every stored one.</summary>
    public async Task<int> NextPriorityAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var highest = await db.InboundRoutes.MaxAsync(r => (int?)r.Priority, ct) ?? 0;
        return Math.Min(highest + 1, InboundRouteRequestValidator.MaxPriority);
    }

    /// <returns>The new route's id.</returns>
    /// <exception cref="ValidationException">The request is invalid or names an agent, team or trunk that is not there; nothing was stored.</exception>
    public async Task<int> CreateAsync(InboundRouteRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await CheckReferencesAsync(db, request, ct);
        var route = new InboundRoute();
        Apply(route, request);
        db.InboundRoutes.Add(route);
        var after = await SnapshotAsync(db, route, ct);
        RouteTableStamp.Renew(db);
        await audit.SaveAsync(db, actor, () =>
            [new AuditChange(EntityName, route.Id.ToString(), AuditActions.Created, $"Created route '{route.Name}'.", new Dictionary<string, string?>(), after)], ct);
        return route.Id;
    }

    /// <returns>false when the route no longer exists.</returns>
    /// <exception cref="ValidationException">The request is invalid; the stored route is unchanged.</exception>
    public async Task<bool> UpdateAsync(int id, InboundRouteRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.InboundRoutes.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (route is null)
        {
            return false;
        }

        await CheckReferencesAsync(db, request, ct);
        var before = await SnapshotAsync(db, route, ct);
        Apply(route, request);
        var after = await SnapshotAsync(db, route, ct);
        RouteTableStamp.Renew(db);
        await audit.SaveAsync(db, actor, () =>
            [new AuditChange(EntityName, route.Id.ToString(), AuditActions.Updated, $"Updated route '{route.Name}'.", before, after)], ct);
        return true;
    }

    /// <returns>false when the route no longer exists. Past calls keep their history without the route.</returns>
    public async Task<bool> DeleteAsync(int id, AuditActor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.InboundRoutes.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (route is null)
        {
            return false;
        }

        var before = await SnapshotAsync(db, route, ct);
        db.InboundRoutes.Remove(route);
        RouteTableStamp.Renew(db);
        await audit.SaveAsync(db, actor, () =>
            [new AuditChange(EntityName, id.ToString(), AuditActions.Deleted, $"Deleted route '{route.Name}'.", before, new Dictionary<string, string?>())], ct);
        return true;
    }

    /// <returns>false when the route no longer exists.</returns>
    public async Task<bool> SetActiveAsync(int id, bool active, AuditActor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var route = await db.InboundRoutes.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (route is null)
        {
            return false;
        }

        if (route.IsActive == active)
        {
            return true;
        }

        route.IsActive = active;
        var action = active ? AuditActions.Enabled : AuditActions.Disabled;
        RouteTableStamp.Renew(db);
        await audit.SaveAsync(db, actor, () =>
        [
            new AuditChange(EntityName, route.Id.ToString(), action, $"{action} route '{route.Name}'.",
                new Dictionary<string, string?> { ["Active"] = active ? "no" : "yes" }, new Dictionary<string, string?> { ["Active"] = active ? "yes" : "no" }),
        ], ct);
        return true;
    }

    /// <summary>Moves the route one place earlier in the order; see <see cref="MoveAsync"/>.</summary>
    public Task<bool> MoveUpAsync(int id, AuditActor actor, CancellationToken ct = default) => MoveAsync(id, up: true, actor, ct);

    /// <summary>Moves the route one place later in the order; see <see cref="MoveAsync"/>.</summary>
    public Task<bool> MoveDownAsync(int id, AuditActor actor, CancellationToken ct = default) => MoveAsync(id, up: false, actor, ct);

    /// <summary>"Which route wins?" for a called and a calling number, over the routes stored now.</summary>
    public async Task<RouteMatch> TestAsync(string called, string? caller, CancellationToken ct = default) =>
        InboundRouter.Match(called, caller, await ListAsync(ct), phones);

    /// <summary>
    /// Active routes with the same DID and caller-ID patterns, in groups (each group by priority then id): only the
    /// first of a group can ever take a call.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<InboundRoute>> FindDuplicates(IEnumerable<InboundRoute> routes) =>
        routes.Where(r => r.IsActive)
            .GroupBy(r => (Did: r.DidPattern.Trim().ToUpperInvariant(), Caller: (r.CallerIdPattern ?? "").Trim().ToUpperInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<InboundRoute>)g.OrderBy(r => r.Priority).ThenBy(r => r.Id).ToList())
            .OrderBy(g => g[0].Priority)
            .ToList();

    /// <summary>
    /// Swaps the route's priority with its neighbour's in the order (priority, then id), so the two trade places.
    /// When both have the same priority, the one moving ahead keeps it and the other goes one lower, with every
    /// later route shifted by one, so no other route changes its place.
    /// </summary>
    /// <returns>false when the route no longer exists or is already first (last).</returns>
    private async Task<bool> MoveAsync(int id, bool up, AuditActor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var routes = await db.InboundRoutes.OrderBy(r => r.Priority).ThenBy(r => r.Id).ToListAsync(ct);
        var index = routes.FindIndex(r => r.Id == id);
        var neighbour = up ? index - 1 : index + 1;
        if (index < 0 || neighbour < 0 || neighbour >= routes.Count)
        {
            return false;
        }

        var ahead = routes[Math.Min(index, neighbour)];
        var behind = routes[Math.Max(index, neighbour)];
        var before = routes.ToDictionary(r => r.Id, r => r.Priority);
        if (ahead.Priority != behind.Priority)
        {
            (ahead.Priority, behind.Priority) = (behind.Priority, ahead.Priority);
        }
        else
        {
            var tie = ahead.Priority;
            foreach (var later in routes.Where(r => r.Priority > tie))
            {
                later.Priority++;
            }

            ahead.Priority = tie + 1;
        }

        var moved = routes.Find(r => r.Id == id)!;
        // The moved route is recorded even when it kept its number (it passed a route of the same priority).
        RouteTableStamp.Renew(db);
        await audit.SaveAsync(db, actor, () => routes
            .Where(r => r == moved || r.Priority != before[r.Id])
            .Select(r => new AuditChange(EntityName, r.Id.ToString(), AuditActions.Moved,
                r == moved
                    ? $"Moved route '{r.Name}' {(up ? "up" : "down")}."
                    : $"Route '{r.Name}' made way for '{moved.Name}'.",
                new Dictionary<string, string?> { ["Priority"] = before[r.Id].ToString() },
                new Dictionary<string, string?> { ["Priority"] = r.Priority.ToString() })), ct);
        return true;
    }

    private void Apply(InboundRoute route, InboundRouteRequest request)
    {
        route.Name = request.Name.Trim();
        route.DidPattern = request.DidPattern.Trim();
        route.CallerIdPattern = string.IsNullOrWhiteSpace(request.CallerIdPattern) ? null : request.CallerIdPattern.Trim();
        route.Destination = request.Destination;
        route.DestinationUserId = request.Destination == RouteDestination.Agent ? request.DestinationUserId : null;
        route.DestinationTeamId = request.Destination == RouteDestination.Team ? request.DestinationTeamId : null;
        route.DestinationNumber = request.Destination == RouteDestination.ExternalNumber ? phones.Parse(request.DestinationNumber).E164 : null;
        route.DestinationQueueId = request.Destination == RouteDestination.Queue ? request.DestinationQueueId : null;
        route.RingTimeoutSeconds = request.RingTimeoutSeconds;
        route.Fallback = request.Fallback;
        route.FallbackNumber = request.Fallback == RouteDestination.ExternalNumber ? phones.Parse(request.FallbackNumber).E164 : null;
        route.FallbackQueueId = request.Fallback == RouteDestination.Queue ? request.FallbackQueueId : null;
        route.Priority = request.Priority;
        route.IsActive = request.IsActive;
        route.TrunkId = request.TrunkId;
    }
}
