using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Core.Webhooks;
using Twilio.Exceptions;
using Ispecia.Voip.Core.Contacts;
using Twilio.Rest.Api.V2010.Account.Conference;
using TwilioNumber = Twilio.Types.PhoneNumber;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>
/// Hold, resume, blind and warm transfer, add and drop: each checks who asks and what for, moves the call into its
/// conference on first use (<see cref="CallConference"/>), then acts on the conference's participants through Twilio.
/// A refusal leaves the call as it was and says why.
/// </summary>
public sealed class CallControlService(
    IDbContextFactory<VoipDbContext> dbFactory, CallConference conferences, TransferDestinations destinations, TwilioApi twilio,
    CallControlTimeline timeline, PhoneNumberService phones, IOptions<TwilioOptions> twilioOptions)
{
    public Task<CallControlResult> HoldAsync(CallControlActor actor, CallReference reference, bool hold, WebhookUrls urls, CancellationToken ct = default) =>
        ControlAsync(actor, reference, urls, ct, async (call, room, me) =>
        {
            if (room.Customer is not { } customer)
            {
                return CallControlResult.Refused("There is nobody on this call to put on hold.");
            }

            await SetHoldAsync(room, customer.CallSid, hold, urls, ct);
            await timeline.RecordAsync(call.Id, hold ? "hold" : "resume", hold ? $"{me.Name} put the caller on hold" : $"{me.Name} took the caller off hold", Identities(room), ct: ct);
            return CallControlResult.Done;
        });

    /// <summary>The caller waits on hold while the colleague (or team, or number) rings; whoever answers has the call.</summary>
    public Task<CallControlResult> BlindTransferAsync(CallControlActor actor, CallReference reference, TransferTarget target, WebhookUrls urls, CancellationToken ct = default) =>
        ControlAsync(actor, reference, urls, ct, async (call, room, me) =>
        {
            var (legs, error) = await ResolveAsync(actor, target, room, ConferenceTwiml.TransferPrefix, ct);
            if (error is not null)
            {
                return CallControlResult.Refused(error);
            }

            if (room.Customer is { } customer)
            {
                await SetHoldAsync(room, customer.CallSid, true, urls, ct);
            }

            foreach (var leg in legs)
            {
                await DialAsync(call, room, leg, ConferenceTwiml.TransferPrefix, me, urls, ct);
            }

            await LeaveAsync(room, me, ct);
            await timeline.RecordAsync(call.Id, "transfer", $"{me.Name} transferred the call to {Describe(target, legs)} (blind)", [.. Identities(room), .. legs.Select(l => l.LabelValue)], ct: ct);
            return CallControlResult.Done;
        }, target);

    /// <summary>Warm transfer, first step: the caller holds while the agent talks to the colleague.</summary>
    public Task<CallControlResult> ConsultAsync(CallControlActor actor, CallReference reference, TransferTarget target, WebhookUrls urls, CancellationToken ct = default) =>
        ControlAsync(actor, reference, urls, ct, async (call, room, me) =>
        {
            if (target.Kind == TransferTargetKind.Team || room.WithPrefix(ConferenceTwiml.ConsultPrefix).Any())
            {
                return CallControlResult.Refused(target.Kind == TransferTargetKind.Team
                    ? "Consult one colleague at a time; a team can take a blind transfer."
                    : "You are already consulting someone: complete or cancel that first.");
            }

            var (legs, error) = await ResolveAsync(actor, target, room, ConferenceTwiml.ConsultPrefix, ct);
            if (error is not null)
            {
                return CallControlResult.Refused(error);
            }

            if (room.Customer is { } customer)
            {
                await SetHoldAsync(room, customer.CallSid, true, urls, ct);
            }

            await DialAsync(call, room, legs[0], ConferenceTwiml.ConsultPrefix, me, urls, ct);
            await timeline.RecordAsync(call.Id, "consult", $"{me.Name} is consulting {legs[0].DisplayName ?? phones.FormatForDisplay(legs[0].Target)}; the caller is on hold", [.. Identities(room), legs[0].LabelValue], ct: ct);
            return CallControlResult.Done;
        }, target);

    /// <summary>Warm transfer done: the agent leaves, the caller is off hold with the colleague, whose call it now is.</summary>
    public Task<CallControlResult> CompleteTransferAsync(CallControlActor actor, CallReference reference, WebhookUrls urls, CancellationToken ct = default) =>
        ControlAsync(actor, reference, urls, ct, async (call, room, me) =>
        {
            if (room.WithPrefix(ConferenceTwiml.ConsultPrefix).FirstOrDefault(LiveConference.IsConnected) is not { } colleague)
            {
                return CallControlResult.Refused("The colleague has not answered yet: wait, or cancel the transfer.");
            }

            if (room.Customer is { } customer)
            {
                await SetHoldAsync(room, customer.CallSid, false, urls, ct);
            }

            var identity = ConferenceTwiml.IdentityOf(colleague.Label);
            var (userId, name) = await AgentAsync(identity, colleague.Label, ct);
            await LeaveAsync(room, me, ct);
            await timeline.RecordAsync(call.Id, "transfer", $"{me.Name} transferred the call to {name} (warm)", Identities(room), userId, ct);
            return CallControlResult.Done;
        });

    /// <summary>Warm transfer called off: the colleague leaves, the caller is back with the agent.</summary>
    public Task<CallControlResult> CancelTransferAsync(CallControlActor actor, CallReference reference, WebhookUrls urls, CancellationToken ct = default) =>
        ControlAsync(actor, reference, urls, ct, async (call, room, me) =>
        {
            foreach (var colleague in room.WithPrefix(ConferenceTwiml.ConsultPrefix))
            {
                await RemoveLegAsync(room.Sid, colleague.CallSid, ct);
            }

            if (room.Customer is { } customer)
            {
                await SetHoldAsync(room, customer.CallSid, false, urls, ct);
            }

            await timeline.RecordAsync(call.Id, "consult-cancelled", $"{me.Name} cancelled the transfer and is back with the caller", Identities(room), ct: ct);
            return CallControlResult.Done;
        });

    /// <summary>A three-way call: the colleague or number joins with everyone hearing everyone.</summary>
    public Task<CallControlResult> AddParticipantAsync(CallControlActor actor, CallReference reference, TransferTarget target, WebhookUrls urls, CancellationToken ct = default) =>
        ControlAsync(actor, reference, urls, ct, async (call, room, me) =>
        {
            if (target.Kind == TransferTargetKind.Team)
            {
                return CallControlResult.Refused("Add one person at a time.");
            }

            var (legs, error) = await ResolveAsync(actor, target, room, null, ct);
            if (error is not null)
            {
                return CallControlResult.Refused(error);
            }

            await DialAsync(call, room, legs[0], null, me, urls, ct);
            await timeline.RecordAsync(call.Id, "participant-added", $"{me.Name} added {legs[0].DisplayName ?? phones.FormatForDisplay(legs[0].Target)} to the call", [.. Identities(room), legs[0].LabelValue], ct: ct);
            return CallControlResult.Done;
        }, target);

    /// <summary>Drops one party (by its leg's CallSid) from the call.</summary>
    public Task<CallControlResult> RemoveParticipantAsync(CallControlActor actor, CallReference reference, string participantCallSid, WebhookUrls urls, CancellationToken ct = default) =>
        ControlAsync(actor, reference, urls, ct, async (call, room, me) =>
        {
            if (room.Participants.FirstOrDefault(p => p.CallSid == participantCallSid) is not { } participant)
            {
                return CallControlResult.Refused("That person is no longer on the call.");
            }

            await RemoveLegAsync(room.Sid, participant.CallSid, ct);
            await timeline.RecordAsync(call.Id, "participant-removed", $"{me.Name} removed {participant.Label ?? "a participant"} from the call", Identities(room), ct: ct);
            return CallControlResult.Done;
        });

    private async Task<CallControlResult> ControlAsync(
        CallControlActor actor, CallReference reference, WebhookUrls urls, CancellationToken ct, Func<Call, LiveConference, Me, Task<CallControlResult>> act,
        TransferTarget? target = null)
    {
        var (call, me, refusal) = await LoadAsync(actor, reference, ct);
        if (refusal is not null)
        {
            return CallControlResult.Refused(refusal);
        }

        // A target that cannot be rung is refused before the call is touched.
        if (target is not null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if ((await destinations.ResolveAsync(db, target, actor.UserId, ct)).Error is { } error)
            {
                return CallControlResult.Refused(error);
            }
        }

        try
        {
            var (room, error) = await conferences.EnsureAsync(call!, urls, ct);
            return room is null ? CallControlResult.Refused(error!) : await act(call!, room, me!);
        }
        catch (Exception ex) when (ex is ApiException or ApiConnectionException)
        {
            return CallControlResult.Refused(TwilioFailure.Describe(ex));
        }
    }

    private async Task<(Call? Call, Me? Me, string? Refusal)> LoadAsync(CallControlActor actor, CallReference reference, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var call = await reference.FindAsync(db, ct);
        if (call is null)
        {
            return (null, null, "This call is not known.");
        }

        if (call.AgentUserId != actor.UserId && !actor.IsStaff)
        {
            return (null, null, "Only the agent on this call can hold or transfer it.");
        }

        var account = await db.VoipAccounts.AsNoTracking().Include(a => a.User).FirstOrDefaultAsync(a => a.UserId == actor.UserId, ct);
        return (call, new Me(account?.Identity, account?.User?.DisplayName ?? "A supervisor"), null);
    }

    private async Task<(IReadOnlyList<TransferDestination> Legs, string? Error)> ResolveAsync(
        CallControlActor actor, TransferTarget target, LiveConference room, string? prefix, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (legs, error) = await destinations.ResolveAsync(db, target, actor.UserId, ct);
        var busy = legs.FirstOrDefault(l => room.Participants.Any(p => ConferenceTwiml.IdentityOf(p.Label) == l.LabelValue || p.Label == ConferenceTwiml.NumberPrefix + l.LabelValue));
        return error is not null ? ([], error)
            : busy is not null && legs.Count == 1 ? ([], $"{busy.DisplayName ?? phones.FormatForDisplay(busy.Target)} is already on this call.")
            : ([.. legs.Where(l => l != busy || legs.Count == 1)], null);
    }

    /// <summary>Rings one leg into the room; a colleague's pop-up names the caller and who hands the call over.</summary>
    private async Task DialAsync(Call call, LiveConference room, TransferDestination leg, string? prefix, Me me, WebhookUrls urls, CancellationToken ct)
    {
        var label = (prefix ?? (leg.IsAgent ? ConferenceTwiml.AgentPrefix : ConferenceTwiml.NumberPrefix)) + leg.LabelValue;
        var customer = call.Direction == CallDirection.Inbound ? call.From : call.To;
        var to = leg.IsAgent
            ? $"{leg.Target}?callId={call.Id.ToString(CultureInfo.InvariantCulture)}&callerName={Uri.EscapeDataString(await CustomerNameAsync(call, ct))}&routeName={Uri.EscapeDataString(HandOver(prefix, me))}"
            : leg.Target;
        var from = leg.IsAgent && customer.StartsWith('+') ? customer : twilioOptions.Value.EffectiveCallerId ?? customer;
        await twilio.CreateParticipantAsync(new CreateParticipantOptions(room.Sid, new TwilioNumber(from), new TwilioNumber(to))
        {
            Label = label,
            Beep = "false",
            EarlyMedia = true,
            StartConferenceOnEnter = true,
            EndConferenceOnExit = false,
            Timeout = 30,
            StatusCallback = new Uri(urls.ConferenceLeg(call.Id)),
            StatusCallbackEvent = ["completed"],
        }, ct);
    }

    /// <summary>The pop-up shows it as the line the call came in on: "on a handover from Avery Agent".</summary>
    private static string HandOver(string? prefix, Me me) => prefix switch
    {
        ConferenceTwiml.ConsultPrefix => $"a handover from {me.Name}",
        ConferenceTwiml.TransferPrefix => $"a transfer from {me.Name}",
        _ => $"a call {me.Name} adds you to",
    };

    private async Task<string> CustomerNameAsync(Call call, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contact = call.ContactId is { } id ? await db.Contacts.AsNoTracking().Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct) : null;
        return contact ?? phones.FormatForDisplay(call.Direction == CallDirection.Inbound ? call.From : call.To);
    }

    private Task SetHoldAsync(LiveConference room, string callSid, bool hold, WebhookUrls urls, CancellationToken ct) =>
        twilio.UpdateParticipantAsync(new UpdateParticipantOptions(room.Sid, callSid)
        {
            Hold = hold,
            HoldUrl = hold ? new Uri(urls.Hold) : null,
            HoldMethod = hold ? global::Twilio.Http.HttpMethod.Post : null,
        }, ct);

    /// <summary>The asking agent's own leg leaves; staff who are not on the call have none.</summary>
    private Task LeaveAsync(LiveConference room, Me me, CancellationToken ct) =>
        me.Identity is { } identity && room.OfAgent(identity) is { } mine ? RemoveLegAsync(room.Sid, mine.CallSid, ct) : Task.CompletedTask;

    private Task RemoveLegAsync(string roomSid, string callSid, CancellationToken ct) => twilio.RemoveParticipantAsync(roomSid, callSid, ct);

    private async Task<(string? UserId, string Name)> AgentAsync(string? identity, string? label, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var account = identity is null ? null : await db.VoipAccounts.AsNoTracking().Include(a => a.User).FirstOrDefaultAsync(a => a.Identity == identity, ct);
        return account is null ? (null, label ?? "the colleague") : (account.UserId, account.User?.DisplayName ?? account.Identity);
    }

    private string Describe(TransferTarget target, IReadOnlyList<TransferDestination> legs) =>
        target.Kind == TransferTargetKind.Team ? $"a team ({legs.Count} ringing)" : legs[0].DisplayName ?? phones.FormatForDisplay(legs[0].Target);

    private static IEnumerable<string?> Identities(LiveConference room) => room.Participants.Select(p => ConferenceTwiml.IdentityOf(p.Label));

    private sealed record Me(string? Identity, string Name);
}
