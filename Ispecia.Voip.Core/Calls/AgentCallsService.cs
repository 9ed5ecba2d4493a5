using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Recordings;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.Calls;

/// <summary>What the softphone asks about an agent's own calls: recent calls, one call's details, and wrap-up.</summary>
public sealed class AgentCallsService(IDbContextFactory<VoipDbContext> dbFactory, PhoneNumberService phones, TimeProvider clock)
{
    public async Task<IReadOnlyList<AgentCallRow>> RecentAsync(string userId, int limit, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.AgentUserId == userId || (c.TeamId != null && c.IsMissed && db.Set<TeamMember>().Any(m => m.TeamId == c.TeamId && m.UserId == userId)))
            .OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id)
            .Take(Math.Clamp(limit, 1, 100))
            .Select(c => new
            {
                Call = c,
                ContactName = c.Contact != null ? c.Contact.FirstName + " " + c.Contact.LastName : null,
                LeadName = c.Lead != null ? c.Lead.ContactPerson : null,
            })
            .ToListAsync(ct);
        return [.. calls.Select(x => ToRow(x.Call, x.ContactName ?? x.LeadName))];
    }

    public async Task<AgentCallRow?> FindAsync(string userId, int callId, CancellationToken ct = default) =>
        (await RecentWhereAsync(userId, c => c.Id == callId, ct)).FirstOrDefault();

    public async Task<AgentCallRow?> FindBySidAsync(string userId, string callSid, CancellationToken ct = default) =>
        (await RecentWhereAsync(userId, c => c.CallSid == callSid, ct)).FirstOrDefault();

    /// <summary>The timeline of one of the agent's calls, oldest first.</summary>
    public async Task<IReadOnlyList<CallEvent>> TimelineAsync(string userId, int callId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CallEvents.AsNoTracking()
            .Where(e => e.CallId == callId && e.Call!.AgentUserId == userId)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<int>> RecordingIdsAsync(string userId, int callId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Recordings.AsNoTracking()
            .Where(r => r.CallId == callId && r.Call!.AgentUserId == userId)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
    }

    /// <summary>
    /// The agent who answered a team call takes it: it appears in their history and wrap-up. A call that already has
    /// an agent keeps it.
    /// </summary>
    private const int ClaimWindowMinutes = 10;

    private static readonly CallStatus[] TerminalStatuses = [CallStatus.Completed, CallStatus.Busy, CallStatus.NoAnswer, CallStatus.Failed, CallStatus.Canceled];

    public async Task ClaimAsync(string userId, int callId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The browser says which call it answered, so the server checks what it knows: a team call of the agent's team
        // that nobody has taken, still live, started moments ago, and that rang this agent's line (the voice webhook
        // wrote whom it rang). A forged claim for any other call (and its recording) changes nothing.
        var identity = await db.VoipAccounts.Where(a => a.UserId == userId).Select(a => a.Identity).FirstOrDefaultAsync(ct);
        if (identity is null)
        {
            return;
        }

        var offer = CallOffers.Detail(identity);
        var ringingSince = clock.GetUtcNow().UtcDateTime.AddMinutes(-ClaimWindowMinutes);
        await db.Calls.Where(c => c.Id == callId && c.AgentUserId == null && c.TeamId != null && c.Direction == CallDirection.Inbound
                && c.EndedAt == null && !TerminalStatuses.Contains(c.Status) && c.StartedAt >= ringingSince
                && db.Set<TeamMember>().Any(m => m.TeamId == c.TeamId && m.UserId == userId)
                && db.Set<CallEvent>().Any(e => e.CallId == c.Id && e.Kind == CallOffers.Kind && e.Detail == offer))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AgentUserId, userId), ct);
    }

    /// <summary>Saves the wrap-up (outcome and notes) on the agent's own call; false when it is not theirs.</summary>
    public async Task<bool> SaveWrapUpAsync(string userId, int callId, WrapUpRequest request, CancellationToken ct = default)
    {
        new WrapUpRequestValidator().ValidateAndThrow(request);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var own = db.Calls.Where(c => c.Id == callId && c.AgentUserId == userId);
        var call = await own.Select(c => new { c.EndedAt, c.WrapUpSeconds }).FirstOrDefaultAsync(ct);
        if (call is null)
        {
            return false;
        }

        // The wrap-up time is the first save's distance from the call's end: later edits of the notes are not wrap-up.
        var wrapUp = call.WrapUpSeconds ?? (call.EndedAt is { } ended
            ? (int)Math.Max(0, Math.Round((clock.GetUtcNow().UtcDateTime - ended).TotalSeconds))
            : null);
        return await own.ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Outcome, request.Outcome).SetProperty(c => c.Notes, request.Notes).SetProperty(c => c.WrapUpSeconds, wrapUp), ct) > 0;
    }

    /// <summary>Calls about a contact or a lead, newest first, for its detail page.</summary>
    public async Task<IReadOnlyList<AgentCallRow>> ForRecordAsync(int? contactId, int? leadId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calls = await db.Calls.AsNoTracking()
            .Where(c => (contactId != null && c.ContactId == contactId) || (leadId != null && c.LeadId == leadId))
            .OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id)
            .Take(50)
            .Select(c => new { Call = c, Agent = c.Agent != null ? c.Agent.DisplayName : null })
            .ToListAsync(ct);
        return [.. calls.Select(x => ToRow(x.Call, x.Agent))];
    }

    private async Task<List<AgentCallRow>> RecentWhereAsync(string userId, System.Linq.Expressions.Expression<Func<Call, bool>> filter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calls = await db.Calls.AsNoTracking().Where(c => c.AgentUserId == userId).Where(filter)
            .Select(c => new { Call = c, Name = c.Contact != null ? c.Contact.FirstName + " " + c.Contact.LastName : c.Lead != null ? c.Lead.ContactPerson : null })
            .ToListAsync(ct);
        return [.. calls.Select(x => ToRow(x.Call, x.Name))];
    }

    private AgentCallRow ToRow(Call call, string? name)
    {
        var peer = call.Direction == CallDirection.Outbound ? call.To : call.From;
        var display = peer.StartsWith("client:", StringComparison.Ordinal) ? peer["client:".Length..] : phones.FormatForDisplay(peer);
        return new AgentCallRow(call.Id, call.CallSid, call.Direction, CallResult.Of(call), peer, display, name, call.ContactId, call.LeadId,
            call.StartedAt, call.DurationSeconds, call.Outcome, call.Notes);
    }
}
