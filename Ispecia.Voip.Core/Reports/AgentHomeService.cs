using System.Linq.Expressions;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.Reports;

/// <summary>
/// The agent home: today's own figures (the reports' query for one agent) and the missed calls to call back, which
/// anyone who could see the call marks done once (it stays done for the whole team).
/// </summary>
public sealed class AgentHomeService(IDbContextFactory<VoipDbContext> dbFactory, ReportQueryService reports, PhoneNumberService phones, TimeProvider clock)
{
    /// <summary>Missed calls older than this are no longer offered for a call back.</summary>
    public const int CallBackDays = 7;

    public const int MaxCallBacks = 20;

    public async Task<AgentDay> TodayAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = await reports.RunAsync(new ReportFilter(new CallViewer(userId, SeesEveryone: false), ReportRange.Today(now)), ct);
        var since = now.UtcDateTime.AddDays(-CallBackDays);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var missed = await db.Calls.AsNoTracking()
            .Where(MissedFor(db, userId)).Where(c => c.CallbackDoneAt == null && c.StartedAt >= since)
            .OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id)
            .Take(MaxCallBacks)
            .Select(c => new
            {
                c.Id, c.From, c.ContactId, c.LeadId, c.StartedAt, c.HasVoicemail,
                Name = c.Contact != null ? c.Contact.FirstName + " " + c.Contact.LastName : c.Lead != null ? c.Lead.ContactPerson : null,
            })
            .ToListAsync(ct);
        var total = today.Total;
        return new AgentDay(
            total.Calls, total.Answered, total.Missed + total.Abandoned, total.AverageHandleSeconds,
            [.. missed.Select(m => new MissedCallback(m.Id, m.From, phones.FormatForDisplay(m.From), m.Name, m.ContactId, m.LeadId, m.StartedAt, m.HasVoicemail))]);
    }

    /// <summary>Marks one of the agent's missed calls as called back; false when it is not theirs to mark or already done.</summary>
    public async Task<bool> MarkCalledBackAsync(string userId, int callId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Calls.Where(MissedFor(db, userId)).Where(c => c.Id == callId && c.CallbackDoneAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CallbackDoneAt, now), ct) > 0;
    }

    /// <summary>Missed calls the agent should return: their own, and their teams' that nobody answered (as in the softphone).</summary>
    private static Expression<Func<Call, bool>> MissedFor(VoipDbContext db, string userId) =>
        c => c.Direction == CallDirection.Inbound && c.IsMissed
            && (c.AgentUserId == userId
                || (c.AgentUserId == null && c.TeamId != null && db.Set<TeamMember>().Any(m => m.TeamId == c.TeamId && m.UserId == userId)));
}
