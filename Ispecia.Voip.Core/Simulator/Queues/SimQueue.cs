namespace Ispecia.Voip.Core.Simulator.Queues;

/// <summary>A named call queue of the simulated account (created by the first &lt;Enqueue&gt; naming it, as at Twilio).</summary>
public sealed class SimQueue(string sid, string friendlyName, DateTimeOffset createdAt)
{
    public const int DefaultMaxSize = 1000;

    private readonly List<SimQueueMember> members = [];
    private readonly Lock gate = new();
    private TaskCompletionSource joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long servedWaitSeconds;
    private int served;

    public string Sid { get; } = sid;

    public string FriendlyName { get; } = friendlyName;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; private set; } = createdAt;

    public int MaxSize => DefaultMaxSize;

    /// <summary>Waiting callers, front first.</summary>
    public IReadOnlyList<SimQueueMember> Members
    {
        get
        {
            lock (gate)
            {
                return [.. members];
            }
        }
    }

    /// <summary>The average seconds the callers who left this queue waited (Twilio's average_wait_time).</summary>
    public int AverageWaitSeconds
    {
        get
        {
            lock (gate)
            {
                return served == 0 ? 0 : (int)(servedWaitSeconds / served);
            }
        }
    }

    /// <returns>1 for the front; 0 when the member is no longer waiting.</returns>
    public int PositionOf(SimQueueMember member)
    {
        lock (gate)
        {
            return members.IndexOf(member) + 1;
        }
    }

    public SimQueueMember? Find(string callSid)
    {
        lock (gate)
        {
            return callSid == "Front" ? members.FirstOrDefault() : members.FirstOrDefault(m => m.Call.Sid == callSid);
        }
    }

    internal SimQueueMember Add(SimQueueMember member)
    {
        TaskCompletionSource wake;
        lock (gate)
        {
            members.Add(member);
            UpdatedAt = member.EnqueuedAt;
            (wake, joined) = (joined, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        wake.TrySetResult();
        return member;
    }

    /// <summary>True only for the one caller that takes the member out, so two dequeuers never share a caller.</summary>
    internal bool Remove(SimQueueMember member, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!members.Remove(member))
            {
                return false;
            }

            UpdatedAt = now;
            servedWaitSeconds += member.WaitSeconds(now);
            served++;
            return true;
        }
    }

    /// <summary>The front member, or a task that completes when someone joins.</summary>
    internal (SimQueueMember? Front, Task Joined) FrontOrNextJoin()
    {
        lock (gate)
        {
            return (members.FirstOrDefault(), joined.Task);
        }
    }
}
