using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Accounts.Model;
using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Presence;

/// <summary>
/// Takes what softphone pages and agents report, derives each agent's presence with <see cref="PresenceRules"/>, stores
/// it, records every change once (even with several instances sweeping) and tells open pages through
/// <see cref="PresenceFeed"/>.
/// </summary>
public sealed class PresenceService(
    IDbContextFactory<VoipDbContext> dbFactory, SoftphoneLineService lines, PresenceFeed feed, IOptions<PresenceOptions> options, TimeProvider clock)
{
    /// <summary>Calls older than this that never ended (a callback lost for good) no longer keep an agent on a call.</summary>
    private static readonly TimeSpan LongestCall = TimeSpan.FromHours(12);

    /// <summary>A heartbeat from the page holding the agent's device.</summary>
    public async Task HeartbeatAsync(string userId, PageReport report, CancellationToken ct = default)
    {
        var now = Now;
        await UpdateInputsAsync(userId, p =>
        {
            p.LastSeenAt = now;
            p.DeviceRegistered = report.DeviceRegistered;
            p.LastActivityAt = now.AddSeconds(-report.ClampedIdleSeconds);
        }, ct);
        await RefreshAsync(userId, ct);
    }

    /// <summary>The page froze, closed or lost its device: the agent is Offline now, not at the next sweep.</summary>
    public async Task PageGoneAsync(string userId, CancellationToken ct = default)
    {
        await UpdateInputsAsync(userId, p => p.LastSeenAt = null, ct);
        await RefreshAsync(userId, ct);
    }

    /// <summary>The agent picked Available, Away or Do not disturb.</summary>
    public async Task ChooseAsync(string userId, Availability chosen, CancellationToken ct = default)
    {
        await lines.SetAvailabilityAsync(userId, chosen, ct);
        // Choosing is activity: an agent back from Away is not put back there by an old idle time.
        await UpdateInputsAsync(userId, p => p.LastActivityAt = Now, ct);
        await RefreshAsync(userId, ct);
    }

    /// <summary>The agent closed the wrap-up card: ready for the next call.</summary>
    public async Task WrapUpDoneAsync(string userId, CancellationToken ct = default)
    {
        await UpdateInputsAsync(userId, p => p.WrapUpUntil = null, ct);
        await RefreshAsync(userId, ct);
    }

    /// <summary>Derives the presence of one agent (or every agent with a line) and records what changed.</summary>
    public async Task RefreshAsync(string? userId = null, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agents = await (userId is null ? db.VoipAccounts : db.VoipAccounts.Where(a => a.UserId == userId))
            .AsNoTracking()
            .Select(a => new { a.UserId, a.Availability, Presence = db.Set<AgentPresence>().FirstOrDefault(p => p.UserId == a.UserId) })
            .ToListAsync(ct);
        var onCall = await AgentsOnCallAsync(db, userId, now, ct);
        foreach (var agent in agents.Where(a => a.Presence is not null))
        {
            var presence = agent.Presence!;
            var wrapUpUntil = presence.WrapUpUntil;
            var isOnCall = onCall.Contains(agent.UserId);
            if (presence.Status == PresenceStatus.OnCall && !isOnCall)
            {
                wrapUpUntil = PresenceRules.WrapUpAfterCall(now, options.Value);
            }

            var inputs = new PresenceInputs(agent.Availability, presence.LastSeenAt, presence.DeviceRegistered, isOnCall, wrapUpUntil, presence.LastActivityAt);
            var status = PresenceRules.Evaluate(inputs, now, options.Value);
            if (status != presence.Status)
            {
                await RecordChangeAsync(db, presence, status, wrapUpUntil, now, ct);
            }
        }
    }

    /// <summary>Every agent's stored presence, by user id (agents never seen have none: they are Offline).</summary>
    public async Task<IReadOnlyDictionary<string, PresenceStatus>> StatusesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AgentPresences.AsNoTracking().ToDictionaryAsync(p => p.UserId, p => p.Status, ct);
    }

    public async Task<PresenceStatus> StatusOfAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AgentPresences.Where(p => p.UserId == userId).Select(p => (PresenceStatus?)p.Status).FirstOrDefaultAsync(ct)
            ?? PresenceStatus.Offline;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The status moves only from the value this instance read: when two instances see the same change, one updates the
    /// row and records it, the other finds the row already moved and does nothing.
    /// </summary>
    private async Task RecordChangeAsync(VoipDbContext db, AgentPresence presence, PresenceStatus status, DateTime? wrapUpUntil, DateTime now, CancellationToken ct)
    {
        var from = presence.Status;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.AgentPresences
            .Where(p => p.UserId == presence.UserId && p.Status == from)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, status).SetProperty(p => p.Since, now).SetProperty(p => p.WrapUpUntil, wrapUpUntil), ct);
        if (moved == 0)
        {
            return;
        }

        db.PresenceChanges.Add(new PresenceChange { UserId = presence.UserId, From = from, To = status, At = now });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        feed.Publish(new PresenceChangedEvent(presence.UserId, status, now));
    }

    private async Task UpdateInputsAsync(string userId, Action<AgentPresence> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var presence = await db.AgentPresences.FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (presence is null)
        {
            if (!await db.VoipAccounts.AnyAsync(a => a.UserId == userId, ct))
            {
                return;
            }

            presence = new AgentPresence { UserId = userId, Status = PresenceStatus.Offline, Since = Now };
            db.AgentPresences.Add(presence);
        }

        change(presence);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(presence).State == EntityState.Added)
        {
            // Another heartbeat created the row first: apply this one to it.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            var existing = await again.AgentPresences.FirstAsync(p => p.UserId == userId, ct);
            change(existing);
            await again.SaveChangesAsync(ct);
        }
    }

    private static async Task<HashSet<string>> AgentsOnCallAsync(VoipDbContext db, string? userId, DateTime now, CancellationToken ct)
    {
        var since = now - LongestCall;
        var calls = db.Calls.Where(c => c.Result == CallResultKind.InProgress && c.StartedAt >= since && c.AgentUserId != null);
        if (userId is not null)
        {
            calls = calls.Where(c => c.AgentUserId == userId);
        }

        return [.. await calls.Select(c => c.AgentUserId!).Distinct().ToListAsync(ct)];
    }
}
