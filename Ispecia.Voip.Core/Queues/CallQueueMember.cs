using Ispecia.Voip.Core.Accounts;

namespace Ispecia.Voip.Core.Queues;

/// <summary>A user named as a member of a queue (team members belong to it through the queue's team).</summary>
public class CallQueueMember
{
    public int QueueId { get; set; }

    public CallQueue? Queue { get; set; }

    public string UserId { get; set; } = "";

    public AppUser? User { get; set; }
}
