using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Twilio;
using Microsoft.Extensions.Logging;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// "Ring available members one at a time, longest idle first": for the front caller of such a queue, a REST call rings
/// one member; answering runs &lt;Dial&gt;&lt;Queue&gt; (the caller keeps their place and music meanwhile). When it ends
/// unanswered the next wait round rings the next member who has not been rung yet in this round.
/// </summary>
public sealed class QueueOffers(
    IDbContextFactory<VoipDbContext> dbFactory,
    QueueMemberAvailability availability,
    TwilioApi twilio,
    IOptions<TwilioOptions> twilioOptions,
    ICallNotifier notifier,
    PhoneNumberService phones,
    TimeProvider clock,
    ILogger<QueueOffers> logger)
{
    /// <summary>A ring that outlives its timeout by this much is taken as lost (its status callback never came).</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public async Task RingNextIfDueAsync(CallQueue queue, int entryId, Call call, WebhookUrls urls, CancellationToken ct)
    {
        if (queue.Strategy != QueueStrategy.RingLongestIdle)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await db.QueueEntries.FirstAsync(e => e.Id == entryId, ct);
        var front = await db.QueueEntries.Where(e => e.QueueId == queue.Id && e.Outcome == QueueOutcome.Waiting)
            .OrderBy(e => e.EnqueuedAt).ThenBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(ct);
        if (front != entry.Id || (entry.RingingSince is { } since && now - since < TimeSpan.FromSeconds(queue.RingTimeoutSeconds) + Grace))
        {
            return;
        }

        var available = await availability.AvailableAsync(db, queue, ct);
        var rung = entry.RungUserIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var next = available.FirstOrDefault(a => !rung.Contains(a.UserId));
        if (next is null && available.Count > 0)
        {
            // Everyone available was rung once: a new round starts with the longest idle again.
            entry.RungUserIds = "";
            next = available[0];
        }

        entry.StopRinging();
        if (next is null)
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        entry.RingingUserId = next.UserId;
        entry.RingingSince = now;
        entry.RungUserIds = TextCut.ToLength($"{entry.RungUserIds} {next.UserId}".Trim(), 4000);
        CallRows.AddEvent(db, await db.Calls.FirstAsync(c => c.Id == call.Id, ct), CallOffers.Kind, CallOffers.Detail(next.Identity), clock);
        await db.SaveChangesAsync(ct);
        try
        {
            // Twilio accepts only its own numbers as From: the DID the caller rang. The screen-pop names the caller.
            var from = call.To.StartsWith('+') ? call.To : twilioOptions.Value.PhoneNumber ?? "";
            var created = await twilio.CreateCallAsync(
                new CreateCallOptions(new Client(next.Identity), new PhoneNumber(from))
                {
                    Url = new Uri(urls.QueueOffer(queue.Id, next.UserId)),
                    Timeout = queue.RingTimeoutSeconds,
                    StatusCallback = new Uri(urls.QueueOfferStatus(queue.Id, call.Id, next.UserId)),
                    StatusCallbackEvent = ["completed"],
                },
                ct);
            entry.RingingCallSid = created.Sid;
            await db.SaveChangesAsync(ct);
            await notifier.IncomingCallAsync(
                [next.UserId],
                new IncomingCallEvent(call.Id, created.Sid, call.From, phones.FormatForDisplay(call.From), entry.CallerName ?? phones.FormatForDisplay(call.From), null, entry.ContactId, call.LeadId, call.To, $"Queue {queue.Name}"));
        }
        catch (Exception ex) when (TwilioFailure.IsTwilioFailure(ex))
        {
            logger.LogWarning(ex, "Could not ring {Identity} for queue {QueueId}; the next wait round tries again", next.Identity, queue.Id);
            entry.StopRinging();
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The rung leg ended: unless it took the caller, the next round rings someone else.</summary>
    public async Task RingEndedAsync(QueueOfferStatusRequest request, CancellationToken ct)
    {
        if (!TwilioCallStatus.IsTerminal(request.Status))
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.QueueEntries
            .Where(e => e.QueueId == request.QueueId && e.CallId == request.CallId && e.RingingUserId == request.AgentUserId
                && (e.RingingCallSid == null || e.RingingCallSid == request.CallSid))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.RingingUserId, (string?)null).SetProperty(e => e.RingingSince, (DateTime?)null)
                .SetProperty(e => e.RingingCallSid, (string?)null), ct);
    }

    /// <summary>Someone else took the caller (or they left): the member still ringing for them stops ringing.</summary>
    public async Task CancelRingingAsync(string? ringingCallSid, CancellationToken ct)
    {
        if (ringingCallSid is null)
        {
            return;
        }

        try
        {
            await twilio.HangUpCallAsync(ringingCallSid, ct);
        }
        catch (Exception ex) when (TwilioFailure.IsTwilioFailure(ex))
        {
            // It ended on its own meanwhile.
            logger.LogDebug(ex, "The ringing queue offer {CallSid} could not be cancelled", ringingCallSid);
        }
    }
}
