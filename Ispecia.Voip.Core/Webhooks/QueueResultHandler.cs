using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Routing;
using Twilio.TwiML;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// POST /voip/webhook/twilio/queue/result, the Enqueue's action. QueueResult=hangup records the caller as abandoned;
/// leave after the maximum wait sends them to the queue's max-wait target (voicemail, an agent, a team, a number, or
/// goodbye); bridged (after the talk) ends the call.
/// </summary>
public sealed class QueueResultHandler(
    IDbContextFactory<VoipDbContext> dbFactory, InboundCallPlanner planner, QueueOffers offers, IQueueNotifier queueNotifier, ICallNotifier notifier,
    PhoneNumberService phones, TimeProvider clock)
{
    public Task<string> HandleAsync(QueueResultRequest request, WebhookUrls urls, CancellationToken ct) =>
        CallRows.RetryOnConflictAsync(() => HandleOnceAsync(request, urls, ct), ct);

    private async Task<string> HandleOnceAsync(QueueResultRequest request, WebhookUrls urls, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == request.CallId && c.CallSid == request.CallSid, ct);
        var queue = await db.CallQueues.AsNoTracking().FirstOrDefaultAsync(q => q.Id == request.QueueId, ct);
        var entry = await db.QueueEntries.FirstOrDefaultAsync(e => e.QueueId == request.QueueId && e.CallId == request.CallId, ct);
        if (call is null)
        {
            return new VoiceResponse().Hangup().ToString();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ringing = entry?.RingingCallSid;
        string twiml;
        switch (request.QueueResult)
        {
            case "hangup":
                entry?.End(QueueOutcome.Abandoned, now);
                CallRows.AddEvent(db, call, "queue-abandoned", $"Hung up after waiting {entry?.WaitSeconds ?? request.QueueTime ?? 0} s in queue \"{queue?.Name}\"", clock);
                twiml = new VoiceResponse().Hangup().ToString();
                break;
            case "bridged" or "redirected":
                // Taken: the conversation is over (bridged) or the caller runs other TwiML now (redirected).
                entry?.End(QueueOutcome.Answered, now);
                twiml = new VoiceResponse().Hangup().ToString();
                break;
            default:
                // leave (the maximum wait, or the queue is gone), queue-full, error: the caller must not be lost.
                entry?.End(QueueOutcome.MaxWait, now);
                twiml = await AtMaxWaitAsync(db, queue, call, urls, ct);
                break;
        }

        await db.SaveChangesAsync(ct);
        if (entry is { Outcome: not QueueOutcome.Answered } || request.QueueResult == "hangup")
        {
            await offers.CancelRingingAsync(ringing, ct);
        }

        await queueNotifier.QueueChangedAsync(new QueueChangedEvent(request.QueueId));
        return twiml;
    }

    private async Task<string> AtMaxWaitAsync(VoipDbContext db, CallQueue? queue, Call call, WebhookUrls urls, CancellationToken ct)
    {
        if (queue is null || queue.AtMaxWait == RouteDestination.Voicemail)
        {
            return InboundCallPlanner.Voicemail(urls);
        }

        if (queue.AtMaxWait == RouteDestination.Hangup)
        {
            return new VoiceResponse().Say(QueueTwiml.GoodbyeMessage).Hangup().ToString();
        }

        // The max-wait target is a route destination: the same planner rings it, with voicemail when nobody answers.
        var route = new InboundRoute
        {
            Id = call.RouteId ?? 0,
            Name = queue.Name,
            Destination = queue.AtMaxWait,
            DestinationUserId = queue.MaxWaitUserId,
            DestinationTeamId = queue.MaxWaitTeamId,
            DestinationNumber = queue.MaxWaitNumber,
            RingTimeoutSeconds = queue.RingTimeoutSeconds,
            Fallback = RouteDestination.Voicemail,
        };
        call.AgentUserId ??= route.Destination == RouteDestination.Agent ? route.DestinationUserId : null;
        call.TeamId ??= route.Destination == RouteDestination.Team ? route.DestinationTeamId : null;
        var targets = await planner.TargetsAsync(db, route, byPresence: true, ct);
        foreach (var target in targets)
        {
            CallRows.AddEvent(db, call, CallOffers.Kind, CallOffers.Detail(target.Identity), clock);
        }

        var owner = call.From.StartsWith('+') ? await NumberOwnerLookup.FindAsync(db, call.From, ct) : null;
        var twiml = await planner.PlanAsync(db, route, targets, new InboundCallContext(call.Id, call.From, call.To, owner), urls, ct);
        if (targets.Count > 0)
        {
            await notifier.IncomingCallAsync(
                [.. targets.Select(t => t.UserId)],
                new IncomingCallEvent(call.Id, call.CallSid, call.From, phones.FormatForDisplay(call.From), owner?.Name, owner?.Company, owner?.ContactId, owner?.LeadId, call.To, queue.Name));
        }

        return twiml;
    }
}
