namespace Ispecia.Voip.Core.Accounts;

/// <summary>The signed-in agent's phone line as the softphone needs it, and their availability switch.</summary>
public sealed class SoftphoneLineService(IDbContextFactory<VoipDbContext> dbFactory)
{
    /// <summary>Null when the user has no VoIP account at all (no softphone for them).</summary>
    public async Task<SoftphoneLine?> FindAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.VoipAccounts.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => new SoftphoneLine(a.Identity, a.Extension, a.CallerId, a.IsActive && a.User!.IsActive, a.Availability))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Users with a phone line, by name: the agent filter of the Calls and Recordings pages.</summary>
    public async Task<IReadOnlyList<(string UserId, string Name)>> AgentsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agents = await db.VoipAccounts.AsNoTracking()
            .OrderBy(a => a.User!.DisplayName)
            .Select(a => new { a.UserId, Name = a.User!.DisplayName })
            .ToListAsync(ct);
        return [.. agents.Select(a => (a.UserId, a.Name))];
    }

    public async Task SetAvailabilityAsync(string userId, Availability availability, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.VoipAccounts.Where(a => a.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Availability, availability), ct);
    }
}

/// <summary>An agent's line: client identity, extension, caller ID, whether it may be used, and availability.</summary>
public sealed record SoftphoneLine(string Identity, string? Extension, string? CallerId, bool IsActive, Availability Availability);
