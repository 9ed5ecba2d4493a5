using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Queues;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// POST /voip/webhook/twilio/queue/wait, Twilio's waitUrl, asked again after every round of hold music. Records the
/// caller's entry on the first round, announces position and expected wait every N seconds, rings the next member
/// (longest idle first) for the front caller, and says &lt;Leave/&gt; at the maximum wait.
/// </summary>
public sealed class QueueWaitHandler(IDbContextFactory<VoipDbContext> dbFactory, QueueOffers offers, IQueueNotifier queueNotifier, TimeProvider clock)
{
    private const int ExpectedWaitSample = 20;

    public Task<string> HandleAsync(QueueWaitRequest request, WebhookUrls urls, CancellationToken ct) =>
        CallRows.RetryOnConflictAsync(() => HandleOnceAsync(request, urls, ct), ct);

    private async Task<string> HandleOnceAsync(QueueWaitRequest request, WebhookUrls urls, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var queue = await db.CallQueues.AsNoTracking().FirstOrDefaultAsync(q => q.Id == request.QueueId, ct);
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == request.CallId && c.CallSid == request.CallSid, ct);
        if (queue is null || call is null)
        {
            // The queue was deleted while the caller waited (or the request names someone else's call): move them on.
            return QueueTwiml.Leave();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await db.QueueEntries.FirstOrDefaultAsync(e => e.QueueId == queue.Id && e.CallId == call.Id, ct);
        var joined = entry is null;
        if (entry is null)
        {
            entry = await JoinAsync(db, queue, call, now, ct);
        }

        entry.TwilioQueueSid ??= request.QueueSid;
        if (entry.Outcome != QueueOutcome.Waiting)
        {
            return QueueTwiml.Leave();
        }

        if (now - entry.EnqueuedAt >= TimeSpan.FromSeconds(queue.MaxWaitSeconds))
        {
            entry.End(QueueOutcome.MaxWait, now);
            CallRows.AddEvent(db, call, "queue-max-wait", $"Waited {entry.WaitSeconds} s in queue \"{queue.Name}\": {queue.AtMaxWait.ToString().ToLowerInvariant()}", clock);
            await db.SaveChangesAsync(ct);
            await offers.CancelRingingAsync(entry.RingingCallSid, ct);
            await queueNotifier.QueueChangedAsync(new QueueChangedEvent(queue.Id));
            return QueueTwiml.Leave();
        }

        var announcement = await AnnouncementAsync(db, queue, entry, now, ct);
        await db.SaveChangesAsync(ct);
        if (joined)
        {
            await queueNotifier.QueueChangedAsync(new QueueChangedEvent(queue.Id));
        }

        await offers.RingNextIfDueAsync(queue, entry.Id, call, urls, ct);
        return QueueTwiml.Wait(announcement, queue.HoldMusic);
    }

    private async Task<QueueEntry> JoinAsync(VoipDbContext db, CallQueue queue, Call call, DateTime now, CancellationToken ct)
    {
        var owner = call.From.StartsWith('+') ? await NumberOwnerLookup.FindAsync(db, call.From, ct) : null;
        var entry = new QueueEntry
        {
            QueueId = queue.Id,
            CallId = call.Id,
            CallSid = call.CallSid,
            Caller = call.From,
            CallerName = owner?.Name is { } name ? TextCut.ToLength(name, QueueEntry.CallerNameMaxLength) : null,
            ContactId = owner?.ContactId,
            EnqueuedAt = now,
        };
        db.QueueEntries.Add(entry);
        CallRows.AddEvent(db, call, "queue-joined", $"Waiting in queue \"{queue.Name}\"", clock);
        return entry;
    }

    /// <summary>The position and expected wait, when the queue announces them and it is time to again.</summary>
    private static async Task<string?> AnnouncementAsync(VoipDbContext db, CallQueue queue, QueueEntry entry, DateTime now, CancellationToken ct)
    {
        if (queue.AnnounceEverySeconds <= 0 || (entry.LastAnnouncedAt is { } last && now - last < TimeSpan.FromSeconds(queue.AnnounceEverySeconds)))
        {
            return null;
        }

        entry.LastAnnouncedAt = now;
        var ahead = await db.QueueEntries.CountAsync(e => e.QueueId == queue.Id && e.Outcome == QueueOutcome.Waiting && e.Id != entry.Id
            && (e.EnqueuedAt < entry.EnqueuedAt || (e.EnqueuedAt == entry.EnqueuedAt && e.Id < entry.Id)), ct);
        var recent = await db.QueueEntries.AsNoTracking()
            .Where(e => e.QueueId == queue.Id && e.Outcome == QueueOutcome.Answered && e.WaitSeconds != null)
            .OrderByDescending(e => e.Id).Take(ExpectedWaitSample).Select(e => e.WaitSeconds!.Value).ToListAsync(ct);
        int? expected = recent.Count == 0 ? null : (int)recent.Average() * (ahead + 1);
        return QueueTwiml.Announcement(ahead + 1, expected);
    }
}
