using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Presence;

/// <summary>Everyone's presence with their current call, for the wallboard and the colleague pickers; a few queries, no per-agent loop.</summary>
public sealed class PresenceBoard(IDbContextFactory<VoipDbContext> dbFactory, PhoneNumberService phones, TimeProvider clock)
{
    private static readonly TimeSpan LongestCall = TimeSpan.FromHours(12);

    public async Task<IReadOnlyList<AgentOnBoard>> AgentsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agents = await db.VoipAccounts.AsNoTracking()
            .Where(a => a.IsActive && a.User!.IsActive)
            .OrderBy(a => a.User!.DisplayName)
            .Select(a => new
            {
                a.UserId,
                Name = a.User!.DisplayName,
                a.Extension,
                Presence = db.Set<AgentPresence>().Where(p => p.UserId == a.UserId).Select(p => new { p.Status, p.Since }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var calls = await CurrentCallsAsync(db, ct);
        return [.. agents.Select(a => new AgentOnBoard(
            a.UserId, a.Name, a.Extension, a.Presence?.Status ?? PresenceStatus.Offline, a.Presence?.Since ?? DateTime.MinValue,
            calls.GetValueOrDefault(a.UserId)))];
    }

    private async Task<Dictionary<string, CallOnBoard>> CurrentCallsAsync(VoipDbContext db, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - LongestCall;
        var live = await db.Calls.AsNoTracking()
            .Where(c => c.Result == CallResultKind.InProgress && c.StartedAt >= since && c.AgentUserId != null)
            .OrderBy(c => c.StartedAt)
            .Select(c => new
            {
                c.Id,
                AgentUserId = c.AgentUserId!,
                c.Direction,
                c.From,
                c.To,
                AnsweredAt = c.AnsweredAt ?? c.StartedAt,
                ContactName = c.Contact != null ? c.Contact.FirstName + " " + c.Contact.LastName : null,
                LeadName = c.Lead != null ? c.Lead.ContactPerson : null,
            })
            .ToListAsync(ct);
        var byAgent = new Dictionary<string, CallOnBoard>(StringComparer.Ordinal);
        foreach (var call in live)
        {
            var number = phones.FormatForDisplay(call.Direction == CallDirection.Inbound ? call.From : call.To);
            byAgent[call.AgentUserId] = new CallOnBoard(call.Id, call.ContactName ?? call.LeadName ?? number, call.Direction, call.AnsweredAt);
        }

        return byAgent;
    }
}
