using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Queues;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// An agent's softphone takes the longest-waiting caller of a queue: it calls "queue:&lt;id&gt;" through the Voice SDK,
/// and the voice webhook answers that leg with &lt;Dial&gt;&lt;Queue&gt;. Only the queue's members may take its callers.
/// </summary>
public sealed class QueueTakeHandler(TimeProvider clock)
{
    public const string TargetPrefix = "queue:";

    /// <summary>The queue a softphone's dialled "queue:&lt;id&gt;" names, or null for any other target.</summary>
    public static int? QueueOf(string dialled) =>
        dialled.StartsWith(TargetPrefix, StringComparison.Ordinal)
        && int.TryParse(dialled.AsSpan(TargetPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <returns>The TwiML for the agent's leg, or the reason the take is refused.</returns>
    public async Task<(string? Twiml, string? Refusal)> AnswerAsync(VoipDbContext db, Call call, VoipAccount account, int queueId, WebhookUrls urls, CancellationToken ct)
    {
        var queue = await db.CallQueues.AsNoTracking().FirstOrDefaultAsync(q => q.Id == queueId, ct);
        if (queue is null)
        {
            return (null, "This queue no longer exists.");
        }

        if (!(await QueueMemberAvailability.MemberIdsAsync(db, queue.Id, queue.TeamId, ct)).Contains(account.UserId))
        {
            return (null, $"You are not a member of the queue {queue.Name}.");
        }

        call.To = TextCut.ToLength($"Queue {queue.Name}", Call.NumberMaxLength);
        CallRows.AddEvent(db, call, "dialing", $"Taking the longest-waiting caller of queue \"{queue.Name}\"", clock);
        return (QueueTwiml.TakeFront(queue.Id, account.UserId, urls, urls.DialAction), null);
    }
}
