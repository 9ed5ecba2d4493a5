using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>What the softphone shows of a call's control: who is on it, the caller held or not, whom the agent consults.</summary>
public sealed class CallControlState(IDbContextFactory<VoipDbContext> dbFactory, CallConference conferences, PhoneNumberService phones)
{
    public async Task<CallControlSnapshot?> SnapshotAsync(CallControlActor actor, CallReference reference, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var call = await reference.FindAsync(db, ct);
        if (call is null)
        {
            return null;
        }

        var room = await conferences.FindAsync(call.Id, ct);
        if (room is null)
        {
            return CallControlSnapshot.Plain(call.Id);
        }

        var me = await db.VoipAccounts.Where(a => a.UserId == actor.UserId).Select(a => a.Identity).FirstOrDefaultAsync(ct);
        var names = await CallControlTimeline.NamesAsync(db, room.Participants.Select(p => ConferenceTwiml.IdentityOf(p.Label)), ct);
        var caller = call.ContactId is { } contactId
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct)
            : null;
        caller ??= phones.FormatForDisplay(call.Direction == Calls.CallDirection.Inbound ? call.From : call.To);

        var views = room.Participants.Select(p =>
        {
            var identity = ConferenceTwiml.IdentityOf(p.Label);
            var name = p.Label == ConferenceTwiml.CustomerLabel ? caller
                : identity is not null ? names.GetValueOrDefault(identity, identity)
                : phones.FormatForDisplay(p.Label?.Replace(ConferenceTwiml.NumberPrefix, "", StringComparison.Ordinal) ?? "?");
            var role = p.Label is null ? "other" : p.Label == ConferenceTwiml.CustomerLabel ? "customer" : p.Label[..Math.Max(0, p.Label.IndexOf(':'))];
            return new CallParticipantView(p.CallSid, name, role, p.Hold == true, LiveConference.IsConnected(p), identity is not null && identity == me);
        }).ToList();
        // The consulted colleague is simply in a call (with the agent who consults them): the hold and the consult are
        // the other agent's to end, so only the others see them.
        var consulted = views.Any(v => v.Role == "consult" && v.IsMe);
        var consulting = consulted ? null : views.FirstOrDefault(v => v.Role == "consult");
        return new CallControlSnapshot(call.Id, true, !consulted && room.Customer?.Hold == true, consulting?.Name, views);
    }
}
