using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Core.Webhooks;
using Twilio.Exceptions;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>
/// POST /voip/webhook/twilio/conference?callId=: the conference's own account of each step. A colleague joining from a
/// blind transfer takes the call (the caller comes off hold, the others ringing stop); the last agent leaving ends the
/// room, so the caller is never left alone in it; the end of the room ends the call's time.
/// </summary>
public sealed class ConferenceEventHandler(
    IDbContextFactory<VoipDbContext> dbFactory, TwilioApi twilio, CallControlTimeline timeline, TimeProvider clock)
{
    public async Task HandleAsync(int callId, ConferenceEventRequest request, WebhookUrls urls, CancellationToken ct)
    {
        var identity = ConferenceTwiml.IdentityOf(request.ParticipantLabel);
        switch (request.Event)
        {
            case "participant-join":
                await timeline.RecordAsync(callId, "joined", $"{await NameAsync(identity, request.ParticipantLabel, ct)} joined the call", [identity], ct: ct);
                if (request.ParticipantLabel?.StartsWith(ConferenceTwiml.TransferPrefix, StringComparison.Ordinal) == true)
                {
                    await TakeTransferAsync(callId, request, identity, urls, ct);
                }

                break;
            case "participant-leave":
                await timeline.RecordAsync(callId, "left", $"{await NameAsync(identity, request.ParticipantLabel, ct)} left the call", [identity], ct: ct);
                await EndIfCallerAloneAsync(request.ConferenceSid, ct);
                break;
            case "conference-end":
                await EndAsync(callId, ct);
                break;
            default:
                // Hold, unhold, start: the action that caused them is on the timeline already; the softphones look again.
                await timeline.RecordAsync(callId, "conference", request.Event, [identity], ct: ct);
                break;
        }
    }

    /// <summary>A dialled leg ended without joining (no answer, busy): a blind transfer nobody took sends the caller to voicemail.</summary>
    public async Task LegEndedAsync(int callId, string to, CallStatus status, WebhookUrls urls, CancellationToken ct)
    {
        if (status is CallStatus.Completed || !TwilioCallStatus.IsTerminal(status))
        {
            return;
        }

        await timeline.RecordAsync(callId, "not-answered", $"{to} did not answer ({TwilioCallStatus.ToWord(status)})", [], ct: ct);
        var room = await twilio.FindLiveConferenceAsync(ConferenceTwiml.RoomName(callId), ct);
        if (room is null)
        {
            return;
        }

        var participants = await twilio.ListParticipantsAsync(room.Sid, ct);
        var live = new LiveConference(room.Sid, participants);
        var othersLeft = participants.Any(p => p.Label != ConferenceTwiml.CustomerLabel && p.CallSid != null && (LiveConference.IsConnected(p) || p.Label?.StartsWith(ConferenceTwiml.TransferPrefix, StringComparison.Ordinal) == true));
        if (!othersLeft && live.Customer is { } customer)
        {
            await twilio.RedirectCallAsync(customer.CallSid, InboundCallPlanner.Voicemail(urls), ct);
            await timeline.RecordAsync(callId, "fallback", "Nobody took the transfer: the caller was sent to voicemail", [], ct: ct);
        }
    }

    /// <summary>A conference recording names no CallSid: the call's own, so the recording joins the call's others.</summary>
    public async Task<string?> CallSidOfAsync(int callId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Calls.Where(c => c.Id == callId).Select(c => c.CallSid).FirstOrDefaultAsync(ct);
    }

    private async Task TakeTransferAsync(int callId, ConferenceEventRequest request, string? identity, WebhookUrls urls, CancellationToken ct)
    {
        var participants = await twilio.ListParticipantsAsync(request.ConferenceSid, ct);
        var room = new LiveConference(request.ConferenceSid, participants);
        foreach (var other in room.WithPrefix(ConferenceTwiml.TransferPrefix).Where(p => p.CallSid != request.CallSid))
        {
            await IgnoreGoneAsync(twilio.RemoveParticipantAsync(room.Sid, other.CallSid, ct));
        }

        if (room.Customer is { } customer)
        {
            await twilio.UpdateParticipantAsync(new(room.Sid, customer.CallSid) { Hold = false }, ct);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userId = identity is null ? null : await db.VoipAccounts.Where(a => a.Identity == identity).Select(a => a.UserId).FirstOrDefaultAsync(ct);
        await timeline.RecordAsync(callId, "transferred", $"{await NameAsync(identity, request.ParticipantLabel, ct)} took the transferred call", [identity], userId, ct);
    }

    private async Task EndIfCallerAloneAsync(string conferenceSid, CancellationToken ct)
    {
        try
        {
            var participants = await twilio.ListParticipantsAsync(conferenceSid, ct);
            var anyoneElse = participants.Any(p => p.Label != ConferenceTwiml.CustomerLabel);
            if (!anyoneElse && participants.Count > 0)
            {
                await twilio.EndConferenceAsync(conferenceSid, ct);
            }
        }
        catch (ApiException ex) when (TwilioFailure.IsNotFound(ex))
        {
            // The room ended already.
        }
    }

    /// <summary>The room is gone: the call is over, whichever leg the call's row follows.</summary>
    private async Task EndAsync(int callId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Calls.FirstOrDefaultAsync(c => c.Id == callId, ct) is not { } call)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        CallRows.AddEvent(db, call, "conference-ended", "The conference ended", clock);
        if (call.AnsweredAt is { } answered)
        {
            call.DurationSeconds = Math.Max(call.DurationSeconds, (int)Math.Round((now - answered).TotalSeconds));
        }

        await db.SaveChangesAsync(ct);
        await timeline.NotifyAsync(db, call, [], ct);
    }

    private async Task<string> NameAsync(string? identity, string? label, CancellationToken ct)
    {
        if (label == ConferenceTwiml.CustomerLabel)
        {
            return "The caller";
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var names = await CallControlTimeline.NamesAsync(db, [identity], ct);
        return identity is not null && names.TryGetValue(identity, out var name) ? name : label?.Replace(ConferenceTwiml.NumberPrefix, "", StringComparison.Ordinal) ?? "Someone";
    }

    private static async Task IgnoreGoneAsync(Task removal)
    {
        try
        {
            await removal;
        }
        catch (ApiException ex) when (TwilioFailure.IsNotFound(ex))
        {
            // Stopped ringing on its own meanwhile.
        }
    }
}
