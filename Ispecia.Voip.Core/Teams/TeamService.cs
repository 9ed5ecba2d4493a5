using Ispecia.Voip.Core.Audit;

namespace Ispecia.Voip.Core.Teams;

/// <summary>Team use cases for the admin page: list, read, save with members, delete while no route rings the team.</summary>
public sealed class TeamService(
    IDbContextFactory<VoipDbContext> dbFactory,
    IValidator<TeamRequest> validator,
    PhoneNumberService phones,
    AuditLog audit,
    ITeamRoutes teamRoutes)
{
    public const string EntityName = "Team";

    public async Task<IReadOnlyList<TeamRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var teams = await db.Teams.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new
            {
                t.Id, t.Name, t.CallerId,
                Members = t.Members.OrderBy(m => m.User!.DisplayName).Select(m => new TeamMemberView(m.UserId, m.User!.DisplayName)).ToList(),
            })
            .ToListAsync(ct);
        var routes = await teamRoutes.AllAsync(db, ct);
        return teams.Select(t => new TeamRow(t.Id, t.Name, t.CallerId, t.Members, routes.Where(r => r.TeamId == t.Id).Select(r => r.RouteName).ToList())).ToList();
    }

    /// <summary>The dialog's model for a stored team; null when it no longer exists.</summary>
    public async Task<TeamRequest?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Teams.AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new TeamRequest { Id = t.Id, Name = t.Name, CallerId = t.CallerId, MemberIds = t.Members.Select(m => m.UserId).ToList() })
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Creates the team (<see cref="TeamRequest.Id"/> null) or updates it and its members.</summary>
    /// <returns>The team's id; null when the team to update no longer exists.</returns>
    /// <exception cref="ValidationException">The request is invalid; nothing was stored.</exception>
    public async Task<int?> SaveAsync(TeamRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var team = request.Id is { } id
            ? await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct)
            : new Team();
        if (team is null)
        {
            return null;
        }

        var people = request.MemberIds.Concat(team.Members.Select(m => m.UserId)).Distinct().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var before = team.Id == 0 ? new Dictionary<string, string?>() : Snapshot(team, names);
        team.Name = request.Name.Trim();
        team.CallerId = string.IsNullOrWhiteSpace(request.CallerId) ? null : phones.Parse(request.CallerId).E164;
        var wanted = request.MemberIds.Distinct().ToHashSet();
        team.Members.RemoveAll(m => !wanted.Contains(m.UserId));
        foreach (var userId in wanted.Where(u => team.Members.All(m => m.UserId != u)))
        {
            team.Members.Add(new TeamMember { UserId = userId });
        }

        if (team.Id == 0)
        {
            db.Teams.Add(team);
        }

        var action = request.Id is null ? AuditActions.Created : AuditActions.Updated;
        try
        {
            await audit.SaveAsync(db, actor, () =>
                [new AuditChange(EntityName, team.Id.ToString(), action, $"{action} team '{team.Name}'.", before, Snapshot(team, names))], ct);
        }
        catch (DbUpdateException)
        {
            var result = await validator.ValidateAsync(request, ct);
            throw new ValidationException(result.IsValid ? [new ValidationFailure("", "The team could not be saved; try again.")] : result.Errors);
        }

        return team.Id;
    }

    /// <summary>Deletes the team unless inbound routes still send calls to it; the result names them.</summary>
    public async Task<TeamDeleteResult> DeleteAsync(int id, AuditActor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var team = await db.Teams.Include(t => t.Members).ThenInclude(m => m.User).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null)
        {
            return new TeamDeleteResult(false, "This team no longer exists; it may have been deleted already.");
        }

        if (await UsedByAsync(db, id, ct) is { } refusal)
        {
            return new TeamDeleteResult(false, refusal);
        }

        var before = Snapshot(team, team.Members.ToDictionary(m => m.UserId, m => m.User?.DisplayName ?? m.UserId));
        db.Teams.Remove(team);
        try
        {
            await audit.SaveAsync(db, actor, () =>
                [new AuditChange(EntityName, id.ToString(), AuditActions.Deleted, $"Deleted team '{team.Name}'.", before, new Dictionary<string, string?>())], ct);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            return new TeamDeleteResult(false, await UsedByAsync(fresh, id, ct) ?? "The team could not be deleted; try again.");
        }

        return new TeamDeleteResult(true, $"Team '{team.Name}' deleted.");
    }

    private async Task<string?> UsedByAsync(VoipDbContext db, int teamId, CancellationToken ct)
    {
        var routes = await teamRoutes.ForTeamAsync(db, teamId, ct);
        return routes.Count == 0
            ? null
            : $"Inbound {(routes.Count == 1 ? "route" : "routes")} {string.Join(", ", routes.Select(r => $"'{r}'"))} still {(routes.Count == 1 ? "sends" : "send")} calls to this team. " +
              "Send them somewhere else first.";
    }

    private static Dictionary<string, string?> Snapshot(Team team, IReadOnlyDictionary<string, string> names) => new()
    {
        ["Name"] = team.Name,
        ["CallerId"] = team.CallerId,
        ["Members"] = string.Join(", ", team.Members.Select(m => names.GetValueOrDefault(m.UserId, m.UserId)).Order(StringComparer.Ordinal)),
    };
}
