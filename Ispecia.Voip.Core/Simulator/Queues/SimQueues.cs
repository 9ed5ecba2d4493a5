using Ispecia.Voip.Core.Simulator.Protocol;

namespace Ispecia.Voip.Core.Simulator.Queues;

/// <summary>The simulated account's call queues by name, and the moves between them: join, leave, be taken, be dequeued.</summary>
public sealed class SimQueues(SimulatorLog log)
{
    private readonly ConcurrentDictionary<string, SimQueue> byName = new(StringComparer.Ordinal);

    /// <summary>Oldest first, as the Queues list resource pages them.</summary>
    public IReadOnlyList<SimQueue> All => [.. byName.Values.OrderBy(q => q.CreatedAt).ThenBy(q => q.Sid, StringComparer.Ordinal)];

    public SimQueue? Named(string friendlyName) => byName.GetValueOrDefault(friendlyName);

    public SimQueue? Find(string queueSid) => byName.Values.FirstOrDefault(q => q.Sid == queueSid);

    public SimQueueMember Enqueue(string friendlyName, Engine.SimCall call)
    {
        var now = log.Clock.GetUtcNow();
        var queue = byName.GetOrAdd(friendlyName, name => new SimQueue(SimulatorSids.New("QU"), name, now));
        var member = queue.Add(new SimQueueMember(queue, call, now));
        log.Notify();
        return member;
    }

    /// <summary>Takes the member out of its queue; false when someone else already did.</summary>
    public bool Remove(SimQueueMember member)
    {
        var removed = member.Queue.Remove(member, log.Clock.GetUtcNow());
        log.Notify();
        return removed;
    }

    /// <summary>
    /// The Queue Member resource's update: the member (a CallSid, or "Front") leaves the queue and runs the TwiML at
    /// <paramref name="url"/>. Null when that caller is not waiting there.
    /// </summary>
    public SimQueueMember? Dequeue(SimQueue queue, string callSid, string url)
    {
        var member = queue.Find(callSid);
        if (member is null || !Remove(member))
        {
            return null;
        }

        member.TryExit(new QueueExit.Redirected(url));
        log.Add(member.Call.Sid, "queue", $"Dequeued from '{queue.FriendlyName}' through the REST API to {url}");
        return member;
    }

    /// <summary>The front caller, taken out of the queue for a &lt;Dial&gt;&lt;Queue&gt;; waits for one until <paramref name="timeout"/>.</summary>
    /// <returns>Null when nobody joined in time.</returns>
    public async Task<SimQueueMember?> TakeFrontAsync(SimQueue queue, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var (front, joined) = queue.FrontOrNextJoin();
            if (front is not null)
            {
                if (Remove(front))
                {
                    return front;
                }

                continue;
            }

            try
            {
                await joined.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}
