using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Queues;
using Twilio.TwiML;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// POST /voip/webhook/twilio/queue/bridged, the Queue noun's url: Twilio runs it on the caller's side as an agent's leg
/// takes them. The entry is answered by that agent, the caller's call becomes theirs, and whoever was still being rung
/// for this caller stops ringing.
/// </summary>
public sealed class QueueBridgedHandler(
    IDbContextFactory<VoipDbContext> dbFactory, QueueOffers offers, IQueueNotifier queueNotifier, ICallNotifier notifier, TimeProvider clock)
{
    public Task<string> HandleAsync(QueueBridgedRequest request, CancellationToken ct) =>
        CallRows.RetryOnConflictAsync(() => HandleOnceAsync(request, ct), ct);

    private async Task<string> HandleOnceAsync(QueueBridgedRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = await db.QueueEntries.Include(e => e.Queue).Include(e => e.Call)
            .FirstOrDefaultAsync(e => e.QueueId == request.QueueId && e.CallSid == request.CallSid, ct);
        var agent = await db.Users.Where(u => u.Id == request.AgentUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        if (entry?.Call is not { } call || agent is null)
        {
            return new VoiceResponse().ToString();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ringing = entry.RingingUserId == request.AgentUserId ? null : entry.RingingCallSid;
        entry.End(QueueOutcome.Answered, now);
        entry.AnsweredByUserId = request.AgentUserId;
        call.AgentUserId = request.AgentUserId;
        call.AnsweredAt ??= now;
        call.DialStatus = CallStatus.Completed;
        call.IsMissed = false;
        CallRows.AddEvent(db, call, "queue-answered", $"Taken from queue \"{entry.Queue!.Name}\" by {agent} after {entry.WaitSeconds} s", clock);
        if (request.DequeingCallSid is { } agentLeg && await db.Calls.FirstOrDefaultAsync(c => c.CallSid == agentLeg, ct) is { } taker)
        {
            // The agent's own leg (a take from the softphone) is about the caller they took.
            taker.To = call.From;
            taker.ContactId ??= call.ContactId;
            taker.LeadId ??= call.LeadId;
            CallRows.AddEvent(db, taker, "queue-take", $"Took {call.From} from queue \"{entry.Queue.Name}\"", clock);
        }

        await db.SaveChangesAsync(ct);
        await offers.CancelRingingAsync(ringing, ct);
        await queueNotifier.QueueChangedAsync(new QueueChangedEvent(entry.QueueId));
        await notifier.CallUpdatedAsync([request.AgentUserId], CallRows.ToUpdate(call));
        return new VoiceResponse().ToString();
    }
}
