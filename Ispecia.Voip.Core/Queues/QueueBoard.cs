using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.Queues;

/// <summary>
/// The live queues as people see them, read from the queue entries: an agent's waiting callers, a supervisor's figures.
/// A caller whose call has ended without the queue hearing of it (its action never came) no longer counts as waiting.
/// </summary>
public sealed class QueueBoard(IDbContextFactory<VoipDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The callers waiting in the queues <paramref name="userId"/> belongs to, longest waiting first.</summary>
    public async Task<IReadOnlyList<WaitingCaller>> WaitingForAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var queueIds = await db.CallQueues
            .Where(q => q.Members.Any(m => m.UserId == userId) || db.Set<TeamMember>().Any(m => m.TeamId == q.TeamId && m.UserId == userId))
            .Select(q => q.Id).ToListAsync(ct);
        return await db.QueueEntries.AsNoTracking()
            .Where(e => queueIds.Contains(e.QueueId) && e.Outcome == QueueOutcome.Waiting && e.Call!.EndedAt == null)
            .OrderBy(e => e.EnqueuedAt).ThenBy(e => e.Id)
            .Select(e => new WaitingCaller(e.Id, e.QueueId, e.Queue!.Name, e.Caller, e.CallerName, e.ContactId, e.EnqueuedAt))
            .ToListAsync(ct);
    }

    /// <summary>Every queue's figures; "today" is the UTC day.</summary>
    public async Task<IReadOnlyList<QueueFigures>> FiguresAsync(CancellationToken ct = default)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var queues = await db.CallQueues.AsNoTracking().OrderBy(q => q.Name).Select(q => new { q.Id, q.Name }).ToListAsync(ct);
        var entries = await db.QueueEntries.AsNoTracking()
            .Where(e => (e.Outcome == QueueOutcome.Waiting && e.Call!.EndedAt == null) || e.EnqueuedAt >= today)
            .Select(e => new { e.QueueId, Outcome = e.Outcome == QueueOutcome.Waiting && e.Call!.EndedAt != null ? QueueOutcome.Abandoned : e.Outcome, e.EnqueuedAt })
            .ToListAsync(ct);
        return [.. queues.Select(q =>
        {
            var mine = entries.Where(e => e.QueueId == q.Id).ToList();
            var waiting = mine.Where(e => e.Outcome == QueueOutcome.Waiting).ToList();
            return new QueueFigures(q.Id, q.Name, waiting.Count, waiting.Count == 0 ? null : waiting.Min(e => e.EnqueuedAt),
                mine.Count(e => e.Outcome == QueueOutcome.Answered && e.EnqueuedAt >= today),
                mine.Count(e => e.Outcome == QueueOutcome.Abandoned && e.EnqueuedAt >= today));
        })];
    }
}
