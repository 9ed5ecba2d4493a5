using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Core.Queues;

/// <summary>Queue use cases for the admin page: list, read, save with members, delete while no route sends calls to it. Audited.</summary>
public sealed class CallQueueService(
    IDbContextFactory<VoipDbContext> dbFactory,
    IValidator<CallQueueRequest> validator,
    PhoneNumberService phones,
    AuditLog audit)
{
    public const string EntityName = "CallQueue";

    public async Task<IReadOnlyList<CallQueueRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var queues = await db.CallQueues.AsNoTracking()
            .OrderBy(q => q.Name)
            .Select(q => new
            {
                Queue = q,
                TeamName = q.Team == null ? null : q.Team.Name,
                Members = q.Members.OrderBy(m => m.User!.DisplayName).Select(m => m.User!.DisplayName).ToList(),
            })
            .ToListAsync(ct);
        var routes = await db.InboundRoutes.AsNoTracking().Where(r => r.DestinationQueueId != null || r.FallbackQueueId != null)
            .OrderBy(r => r.Priority).Select(r => new { r.Name, r.DestinationQueueId, r.FallbackQueueId }).ToListAsync(ct);
        return queues.Select(q => new CallQueueRow(
            q.Queue.Id, q.Queue.Name, q.Members, q.TeamName, q.Queue.Strategy, q.Queue.MaxWaitSeconds, q.Queue.AtMaxWait, q.Queue.AnnounceEverySeconds,
            routes.Where(r => r.DestinationQueueId == q.Queue.Id || r.FallbackQueueId == q.Queue.Id).Select(r => r.Name).ToList())).ToList();
    }

    /// <summary>Id and name of every queue, for the route dialog's picker.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> NamesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var queues = await db.CallQueues.AsNoTracking().OrderBy(q => q.Name).Select(q => new { q.Id, q.Name }).ToListAsync(ct);
        return [.. queues.Select(q => (q.Id, q.Name))];
    }

    public async Task<CallQueueRequest?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CallQueues.AsNoTracking().Where(q => q.Id == id).Select(q => new CallQueueRequest
        {
            Id = q.Id, Name = q.Name, MemberIds = q.Members.Select(m => m.UserId).ToList(), TeamId = q.TeamId, HoldMusicUrl = q.HoldMusicUrl,
            AnnounceEverySeconds = q.AnnounceEverySeconds, MaxWaitSeconds = q.MaxWaitSeconds, AtMaxWait = q.AtMaxWait,
            MaxWaitUserId = q.MaxWaitUserId, MaxWaitTeamId = q.MaxWaitTeamId, MaxWaitNumber = q.MaxWaitNumber,
            Strategy = q.Strategy, RingTimeoutSeconds = q.RingTimeoutSeconds,
        }).FirstOrDefaultAsync(ct);
    }

    /// <returns>The queue's id; null when the queue to update no longer exists.</returns>
    /// <exception cref="ValidationException">The request is invalid or names a team or agent that is gone; nothing was stored.</exception>
    public async Task<int?> SaveAsync(CallQueueRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await CheckReferencesAsync(db, request, ct);
        var queue = request.Id is { } id ? await db.CallQueues.Include(q => q.Members).FirstOrDefaultAsync(q => q.Id == id, ct) : new CallQueue();
        if (queue is null)
        {
            return null;
        }

        var before = queue.Id == 0 ? new Dictionary<string, string?>() : await SnapshotAsync(db, queue, ct);
        Apply(queue, request);
        if (queue.Id == 0)
        {
            db.CallQueues.Add(queue);
        }

        var after = await SnapshotAsync(db, queue, ct);
        var action = request.Id is null ? AuditActions.Created : AuditActions.Updated;
        try
        {
            await audit.SaveAsync(db, actor, () => [new AuditChange(EntityName, queue.Id.ToString(), action, $"{action} queue '{queue.Name}'.", before, after)], ct);
        }
        catch (DbUpdateException)
        {
            var result = await validator.ValidateAsync(request, ct);
            throw new ValidationException(result.IsValid ? [new ValidationFailure("", "The queue could not be saved; try again.")] : result.Errors);
        }

        return queue.Id;
    }

    /// <summary>Deletes the queue unless inbound routes still send calls to it; the result names them.</summary>
    public async Task<CallQueueDeleteResult> DeleteAsync(int id, AuditActor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var queue = await db.CallQueues.Include(q => q.Members).FirstOrDefaultAsync(q => q.Id == id, ct);
        if (queue is null)
        {
            return new CallQueueDeleteResult(false, "This queue no longer exists; it may have been deleted already.");
        }

        if (await UsedByAsync(db, id, ct) is { } refusal)
        {
            return new CallQueueDeleteResult(false, refusal);
        }

        var before = await SnapshotAsync(db, queue, ct);
        db.CallQueues.Remove(queue);
        try
        {
            await audit.SaveAsync(db, actor, () =>
                [new AuditChange(EntityName, id.ToString(), AuditActions.Deleted, $"Deleted queue '{queue.Name}'.", before, new Dictionary<string, string?>())], ct);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            return new CallQueueDeleteResult(false, await UsedByAsync(fresh, id, ct) ?? "The queue could not be deleted; try again.");
        }

        return new CallQueueDeleteResult(true, $"Queue '{queue.Name}' deleted.");
    }

    private static async Task<string?> UsedByAsync(VoipDbContext db, int queueId, CancellationToken ct)
    {
        var routes = await db.InboundRoutes.Where(r => r.DestinationQueueId == queueId || r.FallbackQueueId == queueId)
            .OrderBy(r => r.Priority).Select(r => r.Name).ToListAsync(ct);
        return routes.Count == 0
            ? null
            : $"Inbound {(routes.Count == 1 ? "route" : "routes")} {string.Join(", ", routes.Select(r => $"'{r}'"))} still {(routes.Count == 1 ? "sends" : "send")} calls to this queue. " +
              "Send them somewhere else first.";
    }

    private static async Task CheckReferencesAsync(VoipDbContext db, CallQueueRequest request, CancellationToken ct)
    {
        var failures = new List<ValidationFailure>();
        if (request.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, ct))
        {
            failures.Add(new ValidationFailure(nameof(request.TeamId), "This team no longer exists; choose another, or none."));
        }

        if (request.AtMaxWait == RouteDestination.Team && !await db.Teams.AnyAsync(t => t.Id == request.MaxWaitTeamId, ct))
        {
            failures.Add(new ValidationFailure(nameof(request.MaxWaitTeamId), "This team no longer exists; choose another."));
        }

        if (request.AtMaxWait == RouteDestination.Agent && !await db.VoipAccounts.AnyAsync(a => a.UserId == request.MaxWaitUserId, ct))
        {
            failures.Add(new ValidationFailure(nameof(request.MaxWaitUserId), "This person has no VoIP account; choose someone else."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private void Apply(CallQueue queue, CallQueueRequest request)
    {
        queue.Name = request.Name.Trim();
        queue.TeamId = request.TeamId;
        var wanted = request.MemberIds.Distinct().ToHashSet();
        queue.Members.RemoveAll(m => !wanted.Contains(m.UserId));
        queue.Members.AddRange(wanted.Where(u => queue.Members.All(m => m.UserId != u)).Select(u => new CallQueueMember { UserId = u }));
        queue.HoldMusicUrl = string.IsNullOrWhiteSpace(request.HoldMusicUrl) ? null : request.HoldMusicUrl.Trim();
        queue.AnnounceEverySeconds = request.AnnounceEverySeconds;
        queue.MaxWaitSeconds = request.MaxWaitSeconds;
        queue.AtMaxWait = request.AtMaxWait;
        queue.MaxWaitUserId = request.AtMaxWait == RouteDestination.Agent ? request.MaxWaitUserId : null;
        queue.MaxWaitTeamId = request.AtMaxWait == RouteDestination.Team ? request.MaxWaitTeamId : null;
        queue.MaxWaitNumber = request.AtMaxWait == RouteDestination.ExternalNumber ? phones.Parse(request.MaxWaitNumber).E164 : null;
        queue.Strategy = request.Strategy;
        queue.RingTimeoutSeconds = request.RingTimeoutSeconds;
    }

    private static async Task<Dictionary<string, string?>> SnapshotAsync(VoipDbContext db, CallQueue queue, CancellationToken ct)
    {
        var people = queue.Members.Select(m => m.UserId).Append(queue.MaxWaitUserId ?? "").ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var teams = await db.Teams.Where(t => t.Id == queue.TeamId || t.Id == queue.MaxWaitTeamId).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var atMaxWait = queue.AtMaxWait switch
        {
            RouteDestination.Agent => "Agent " + names.GetValueOrDefault(queue.MaxWaitUserId ?? ""),
            RouteDestination.Team => "Team " + teams.GetValueOrDefault(queue.MaxWaitTeamId ?? 0),
            RouteDestination.ExternalNumber => "Forward to " + queue.MaxWaitNumber,
            _ => queue.AtMaxWait.ToString(),
        };
        return new Dictionary<string, string?>
        {
            ["Name"] = queue.Name,
            ["Members"] = string.Join(", ", queue.Members.Select(m => names.GetValueOrDefault(m.UserId, m.UserId)).Order(StringComparer.Ordinal)),
            ["Team"] = queue.TeamId is { } teamId ? teams.GetValueOrDefault(teamId) : null,
            ["HoldMusic"] = queue.HoldMusicUrl ?? "built-in",
            ["AnnounceEverySeconds"] = queue.AnnounceEverySeconds.ToString(CultureInfo.InvariantCulture),
            ["MaxWaitSeconds"] = queue.MaxWaitSeconds.ToString(CultureInfo.InvariantCulture),
            ["AtMaxWait"] = atMaxWait,
            ["Strategy"] = queue.Strategy.ToString(),
            ["RingTimeoutSeconds"] = queue.RingTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
        };
    }
}
