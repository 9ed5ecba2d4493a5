using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.Queues;

/// <summary>
/// Who may be rung for a queue's caller now, longest idle first: the queue's members (named or through its team) whose
/// line is active and set to Available, whose presence says a call would reach them (ADR-017), and who are not on a
/// call this very moment (presence learns of a new call at the next sweep).
/// </summary>
public sealed class QueueMemberAvailability(IOptions<PresenceOptions> presence, TimeProvider clock)
{
    /// <summary>A call row older than this that never ended is treated as stale, not as the agent still talking.</summary>
    private static readonly TimeSpan StaleCall = TimeSpan.FromHours(4);

    private static readonly CallStatus[] LiveStatuses = [CallStatus.Initiated, CallStatus.Queued, CallStatus.Ringing, CallStatus.InProgress];

    /// <summary>Everyone who belongs to the queue, whatever their state: they see its waiting callers and may take them.</summary>
    public static Task<List<string>> MemberIdsAsync(VoipDbContext db, int queueId, int? teamId, CancellationToken ct) =>
        db.CallQueueMembers.Where(m => m.QueueId == queueId).Select(m => m.UserId)
            .Union(db.TeamMembers.Where(m => m.TeamId == teamId).Select(m => m.UserId))
            .ToListAsync(ct);

    /// <returns>The members who can be rung now, the one whose last call ended longest ago (or who had none) first.</returns>
    public async Task<List<VoipAccount>> AvailableAsync(VoipDbContext db, CallQueue queue, CancellationToken ct)
    {
        var members = await MemberIdsAsync(db, queue.Id, queue.TeamId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - StaleCall;
        var ready = await db.VoipAccounts.AsNoTracking().Include(a => a.User)
            .Where(a => members.Contains(a.UserId) && a.IsActive && a.User!.IsActive && a.Availability == Availability.Available)
            .WhoMayRing(db, presence.Value, now)
            .Where(a => !db.Set<Call>().Any(c => c.AgentUserId == a.UserId && c.EndedAt == null && c.StartedAt >= since && LiveStatuses.Contains(c.Status)))
            .ToListAsync(ct);
        var ids = ready.Select(a => a.UserId).ToList();
        var lastEnded = (await db.Calls.Where(c => c.AgentUserId != null && ids.Contains(c.AgentUserId) && c.EndedAt != null)
                .GroupBy(c => c.AgentUserId!).Select(g => new { UserId = g.Key, Last = g.Max(c => c.EndedAt) }).ToListAsync(ct))
            .ToDictionary(x => x.UserId, x => x.Last ?? DateTime.MinValue);
        return [.. ready.OrderBy(a => lastEnded.GetValueOrDefault(a.UserId, DateTime.MinValue)).ThenBy(a => a.Id)];
    }
}
