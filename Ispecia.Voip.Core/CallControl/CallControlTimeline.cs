using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>
/// Writes each call-control step on the call's timeline (who held, who transferred to whom), moves the call to the
/// agent who took it, and tells everyone on the call's conference that it changed.
/// </summary>
public sealed class CallControlTimeline(IDbContextFactory<VoipDbContext> dbFactory, ICallNotifier notifier, TimeProvider clock)
{
    /// <param name="newAgentUserId">The agent the call belongs to from now on (Recent, history, the contact's list), if it changes.</param>
    /// <param name="identities">The agents on the call's conference: they hear about the change too.</param>
    public async Task RecordAsync(int callId, string kind, string detail, IEnumerable<string?> identities, string? newAgentUserId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Calls.FirstOrDefaultAsync(c => c.Id == callId, ct) is not { } call)
        {
            return;
        }

        CallRows.AddEvent(db, call, kind, detail, clock);
        if (newAgentUserId is not null)
        {
            call.AgentUserId = newAgentUserId;
        }

        await db.SaveChangesAsync(ct);
        await NotifyAsync(db, call, identities, ct);
    }

    /// <summary>Pushes the call's state to its agent and to the agents in its conference.</summary>
    public async Task NotifyAsync(VoipDbContext db, Call call, IEnumerable<string?> identities, CancellationToken ct)
    {
        var names = identities.OfType<string>().Distinct().ToList();
        var users = await db.VoipAccounts.Where(a => names.Contains(a.Identity)).Select(a => a.UserId).ToListAsync(ct);
        var audience = (await CallRows.AudienceAsync(db, call, ct)).Concat(users).Distinct().ToList();
        await notifier.CallUpdatedAsync(audience, CallRows.ToUpdate(call));
    }

    /// <summary>Display names by client identity, for the timeline and the participant list.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(VoipDbContext db, IEnumerable<string?> identities, CancellationToken ct)
    {
        var names = identities.OfType<string>().Distinct().ToList();
        return await db.VoipAccounts.AsNoTracking().Include(a => a.User).Where(a => names.Contains(a.Identity))
            .ToDictionaryAsync(a => a.Identity, a => a.User!.DisplayName, ct);
    }
}
