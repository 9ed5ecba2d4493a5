using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Queues;

/// <summary>
/// One caller's stay in a queue: who, since when, and how it ended (answered by whom, abandoned, max wait). The live
/// waiting lists and the supervisors' figures are read from these rows, so every instance sees the same.
/// </summary>
public class QueueEntry
{
    public const int CallerNameMaxLength = 200;

    public int Id { get; set; }

    public int QueueId { get; set; }

    public CallQueue? Queue { get; set; }

    public int CallId { get; set; }

    public Call? Call { get; set; }

    public string CallSid { get; set; } = "";

    /// <summary>The caller's number as routing saw it (E.164 when it is one).</summary>
    public string Caller { get; set; } = "";

    /// <summary>The CRM contact or lead the number belongs to, by name, when there is one.</summary>
    public string? CallerName { get; set; }

    public int? ContactId { get; set; }

    public DateTime EnqueuedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public QueueOutcome Outcome { get; set; } = QueueOutcome.Waiting;

    public string? AnsweredByUserId { get; set; }

    public AppUser? AnsweredBy { get; set; }

    public int? WaitSeconds { get; set; }

    /// <summary>Twilio's QueueSid, learnt from the first wait request (the Queue Member resource needs it).</summary>
    public string? TwilioQueueSid { get; set; }

    public DateTime? LastAnnouncedAt { get; set; }

    /// <summary>The member being rung for this caller now (longest idle first), and since when.</summary>
    public string? RingingUserId { get; set; }

    public DateTime? RingingSince { get; set; }

    /// <summary>The call that rings <see cref="RingingUserId"/>, to cancel when someone else takes the caller.</summary>
    public string? RingingCallSid { get; set; }

    /// <summary>Members already rung in this round, space-separated, so the next ring goes to someone else.</summary>
    public string RungUserIds { get; set; } = "";

    public void End(QueueOutcome outcome, DateTime now)
    {
        if (Outcome != QueueOutcome.Waiting)
        {
            return;
        }

        Outcome = outcome;
        EndedAt = now;
        WaitSeconds = (int)Math.Max(0, Math.Round((now - EnqueuedAt).TotalSeconds));
        RingingUserId = null;
        RingingSince = null;
    }

    public void StopRinging()
    {
        RingingUserId = null;
        RingingSince = null;
        RingingCallSid = null;
    }
}
