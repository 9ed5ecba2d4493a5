using Ispecia.Voip.Core.Audit;
using Microsoft.AspNetCore.DataProtection;

namespace Ispecia.Voip.Core.Trunks;

/// <summary>
/// Trunk use cases for the admin page: list, read, save, switch on or off, delete. Passwords are encrypted with
/// Data Protection on the way in and never come back out of this service.
/// </summary>
public sealed class TrunkService(
    IDbContextFactory<VoipDbContext> dbFactory,
    IValidator<TrunkRequest> validator,
    IDataProtectionProvider dataProtection,
    AuditLog audit,
    ITrunkRoutes trunkRoutes)
{
    public const string EntityName = "Trunk";

    /// <summary>All trunks, first-tried first.</summary>
    public async Task<IReadOnlyList<TrunkRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(db.Trunks.OrderBy(t => t.Priority).ThenBy(t => t.Name)).ToListAsync(ct);
    }

    public async Task<TrunkRow?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(db.Trunks.Where(t => t.Id == id)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The dialog's model for a stored trunk; the password field stays empty ("leave blank to keep").</summary>
    public static TrunkRequest ToRequest(TrunkRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Provider = row.Provider,
        Host = row.Host,
        Port = row.Port,
        Transport = row.Transport,
        AuthMethod = row.AuthMethod,
        Username = row.Username,
        AllowedIps = row.AllowedIps,
        Priority = row.Priority,
        IsActive = row.IsActive,
    };

    /// <summary>Creates the trunk (<see cref="TrunkRequest.Id"/> null) or updates it.</summary>
    /// <returns>The trunk's id; null when the trunk to update no longer exists.</returns>
    /// <exception cref="ValidationException">The request is invalid; nothing was stored.</exception>
    public async Task<int?> SaveAsync(TrunkRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trunk = request.Id is { } id ? await db.Trunks.FirstOrDefaultAsync(t => t.Id == id, ct) : new Trunk();
        if (trunk is null)
        {
            return null;
        }

        var before = trunk.Id == 0 ? new Dictionary<string, string?>() : Snapshot(trunk);
        var passwordReplaced = Apply(trunk, request);
        if (trunk.Id == 0)
        {
            db.Trunks.Add(trunk);
        }

        var action = request.Id is null ? AuditActions.Created : AuditActions.Updated;
        try
        {
            await audit.SaveAsync(db, actor, () =>
            [
                new AuditChange(EntityName, trunk.Id.ToString(), action, $"{action} trunk '{trunk.Name}'.", before, Snapshot(trunk, passwordReplaced)),
            ], ct);
        }
        catch (DbUpdateException)
        {
            // Another admin saved a trunk with this name between validation and save.
            if (await NameTakenAsync(trunk.Id, trunk.Name, ct))
            {
                throw new ValidationException([new ValidationFailure(nameof(TrunkRequest.Name), $"Another trunk is already called '{trunk.Name}'; choose another name.")]);
            }

            throw;
        }

        return trunk.Id;
    }

    /// <returns>false when the trunk no longer exists.</returns>
    public async Task<bool> SetActiveAsync(int id, bool active, AuditActor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trunk = await db.Trunks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (trunk is null)
        {
            return false;
        }

        if (trunk.IsActive == active)
        {
            return true;
        }

        var before = Snapshot(trunk);
        trunk.IsActive = active;
        var action = active ? AuditActions.Enabled : AuditActions.Disabled;
        await audit.SaveAsync(db, actor, () =>
            [new AuditChange(EntityName, trunk.Id.ToString(), action, $"{action} trunk '{trunk.Name}'.", before, Snapshot(trunk))], ct);
        return true;
    }

    /// <summary>Deletes the trunk unless inbound routes still use it; the result names them.</summary>
    public async Task<TrunkDeleteResult> DeleteAsync(int id, AuditActor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trunk = await db.Trunks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (trunk is null)
        {
            return new TrunkDeleteResult(false, "This trunk no longer exists; it may have been deleted already.");
        }

        if (await UsedByAsync(db, id, ct) is { } refusal)
        {
            return new TrunkDeleteResult(false, refusal);
        }

        var before = Snapshot(trunk);
        db.Trunks.Remove(trunk);
        try
        {
            await audit.SaveAsync(db, actor, () =>
                [new AuditChange(EntityName, id.ToString(), AuditActions.Deleted, $"Deleted trunk '{trunk.Name}'.", before, new Dictionary<string, string?>())], ct);
        }
        catch (DbUpdateException)
        {
            // A route took the trunk between the check and the delete.
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            return new TrunkDeleteResult(false, await UsedByAsync(fresh, id, ct) ?? "The trunk could not be deleted; try again.");
        }

        return new TrunkDeleteResult(true, $"Trunk '{trunk.Name}' deleted.");
    }

    private async Task<string?> UsedByAsync(VoipDbContext db, int trunkId, CancellationToken ct)
    {
        var routes = await trunkRoutes.ForTrunkAsync(db, trunkId, ct);
        return routes.Count == 0
            ? null
            : $"Still used by inbound {(routes.Count == 1 ? "route" : "routes")} {string.Join(", ", routes.Select(r => $"'{r}'"))}. " +
              "Choose another trunk (or none) for them first.";
    }

    private async Task<bool> NameTakenAsync(int id, string name, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await NameTakenAsync(db, id, name, ct);
    }

    /// <summary>Another trunk has this name, ignoring case (compared here: SQLite's lower() only folds ASCII).</summary>
    internal static async Task<bool> NameTakenAsync(VoipDbContext db, int? id, string name, CancellationToken ct)
    {
        var others = await db.Trunks.Where(t => t.Id != id).Select(t => t.Name).ToListAsync(ct);
        return others.Any(n => string.Equals(n.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <returns>True when a new password replaced a stored one.</returns>
    private bool Apply(Trunk trunk, TrunkRequest request)
    {
        trunk.Name = request.Name.Trim();
        trunk.Provider = request.Provider;
        trunk.Host = request.Host.Trim();
        trunk.Port = request.Port;
        trunk.Transport = request.Transport;
        trunk.AuthMethod = request.AuthMethod;
        trunk.AllowedIps = request.UsesAllowList ? IpAllowList.Normalise(request.AllowedIps) : null;
        trunk.Priority = request.Priority;
        trunk.IsActive = request.IsActive;

        if (!request.UsesCredentials)
        {
            // Twilio trunks and IP allow-lists use no credentials: keep no unused secret.
            trunk.Username = null;
            trunk.PasswordProtected = null;
            return false;
        }

        trunk.Username = request.Username?.Trim();
        if (string.IsNullOrEmpty(request.Password))
        {
            return false;
        }

        var replaced = trunk.PasswordProtected is not null;
        trunk.PasswordProtected = dataProtection.CreateProtector(TrunkDialer.PasswordPurpose).Protect(request.Password);
        return replaced;
    }

    private static Dictionary<string, string?> Snapshot(Trunk trunk, bool passwordReplaced = false) => new()
    {
        ["Name"] = trunk.Name,
        ["Provider"] = trunk.Provider.ToString(),
        ["Address"] = $"{trunk.Host}:{trunk.Port}/{trunk.Transport.ToString().ToUpperInvariant()}",
        ["Auth"] = trunk.AuthMethod.ToString(),
        ["Username"] = trunk.Username,
        ["Password"] = trunk.PasswordProtected is null ? null : passwordReplaced ? AuditLog.Redacted + " (changed)" : AuditLog.Redacted,
        ["AllowedIps"] = trunk.AllowedIps,
        ["Priority"] = trunk.Priority.ToString(),
        ["Active"] = trunk.IsActive ? "yes" : "no",
    };

    private static IQueryable<TrunkRow> Rows(IQueryable<Trunk> trunks) => trunks.AsNoTracking().Select(t => new TrunkRow(
        t.Id, t.Name, t.Provider, t.Host, t.Port, t.Transport, t.AuthMethod, t.Username, t.PasswordProtected != null, t.AllowedIps, t.Priority, t.IsActive));
}
