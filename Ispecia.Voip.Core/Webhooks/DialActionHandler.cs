using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Twilio.TwiML;
using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// POST /voip/webhook/twilio/dial-action. For an outbound call DialCallStatus is the real outcome (the browser leg
/// itself ends "completed" even when the number was busy). For an inbound call nobody answered, it answers with the
/// route's fallback (voicemail by default).
/// </summary>
public sealed class DialActionHandler(
    IDbContextFactory<VoipDbContext> dbFactory, InboundCallPlanner inbound, ICallNotifier notifier, IOptions<VoipOptions> voip, TimeProvider clock)
{
    public Task<string> HandleAsync(DialActionRequest request, WebhookUrls urls, CancellationToken ct) =>
        CallRows.RetryOnConflictAsync(() => HandleOnceAsync(request, urls, ct), ct);

    private async Task<string> HandleOnceAsync(DialActionRequest request, WebhookUrls urls, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var call = await CallRows.FindOrAddAsync(db, request.CallSid, clock, ct);
        call.DialStatus = request.DialCallStatus;
        var answered = request.DialCallStatus == CallStatus.Completed;
        if (answered)
        {
            var talked = TimeSpan.FromSeconds(request.DialCallDuration ?? 0);
            call.AnsweredAt ??= clock.GetUtcNow().UtcDateTime - talked;
            call.FailureReason = null;
        }
        else if (call.Direction == CallDirection.Outbound)
        {
            call.FailureReason = Explain(request.DialCallStatus);
        }

        CallRows.AddEvent(db, call, "dial-result", $"Dialled party: {TwilioCallStatus.ToWord(request.DialCallStatus)}", clock, request.DialCallStatus);
        var twiml = new VoiceResponse().Hangup().ToString();
        if (answered && await db.CallEvents.AnyAsync(e => e.CallId == call.Id && e.Kind == ConferenceTwiml.MovingKind, ct))
        {
            // The dialled leg was moved into the call's conference (first use of hold, transfer or add): this leg follows it.
            twiml = ConferenceTwiml.Join(call.Id, await ParentLabelAsync(db, call, ct), urls, voip.Value.Recording == RecordingPolicy.All);
        }
        else if (!answered && call.Direction == CallDirection.Inbound && call.RouteId is { } routeId
            && await db.InboundRoutes.AsNoTracking().FirstOrDefaultAsync(r => r.Id == routeId, ct) is { } route)
        {
            CallRows.AddEvent(db, call, "fallback", $"No answer within {route.RingTimeoutSeconds} s: {route.Fallback.ToString().ToLowerInvariant()}", clock);
            twiml = await inbound.FallbackAsync(db, route, new InboundCallContext(call.Id, call.From, call.To, null), urls, ct);
        }

        var wasMissed = call.IsMissed;
        call.IsMissed = CallRows.ComputeMissed(call);
        await db.SaveChangesAsync(ct);

        var audience = await CallRows.AudienceAsync(db, call, ct);
        await notifier.CallUpdatedAsync(audience, CallRows.ToUpdate(call));
        if (call.IsMissed && !wasMissed)
        {
            await notifier.MissedCallAsync(audience, new MissedCallEvent(call.Id, call.From, call.From, null, call.HasVoicemail));
        }

        return twiml;
    }

    /// <summary>The parent leg is the customer's for an inbound call, the agent's browser leg for an outbound one.</summary>
    private static async Task<string> ParentLabelAsync(VoipDbContext db, Call call, CancellationToken ct)
    {
        if (call.Direction == CallDirection.Inbound)
        {
            return ConferenceTwiml.CustomerLabel;
        }

        var identity = await db.VoipAccounts.Where(a => a.UserId == call.AgentUserId).Select(a => a.Identity).FirstOrDefaultAsync(ct);
        return ConferenceTwiml.AgentPrefix + (identity ?? "unknown");
    }

    public static string Explain(CallStatus dialStatus) => dialStatus switch
    {
        CallStatus.Busy => "The line was busy.",
        CallStatus.NoAnswer => "Nobody answered.",
        CallStatus.Failed => "The call could not be connected (invalid or unreachable number).",
        CallStatus.Canceled => "The call was cancelled before it was answered.",
        _ => $"The call ended: {TwilioCallStatus.ToWord(dialStatus)}.",
    };
}
