using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator.Queues;

/// <summary>&lt;Dial&gt;&lt;Queue&gt;: the dialling leg takes the front caller (waiting for one while the Dial's timeout lasts) and talks to them.</summary>
public sealed class QueueDialler(SimQueues queues, ISimulatedDevices devices, CallProgress progress, SimulatorLog log)
{
    /// <summary>Returns the Dial action's parameters: completed when a caller was taken, no-answer when nobody came, failed for an unknown queue.</summary>
    public async Task<Dictionary<string, string>> DialAsync(SimCall taker, TwimlDial dial, TwimlQueue noun, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(dial.Timeout ?? 30);
        var result = new Dictionary<string, string> { ["DialCallStatus"] = TwilioCallStatus.NoAnswer, ["DialCallDuration"] = "0", ["DialBridged"] = "false" };
        if (queues.Named(noun.QueueName) is not { } queue)
        {
            // Twilio: "If the queue does not exist, Dial will post an error status to its action URL."
            log.Add(taker.Sid, "queue", $"There is no queue '{noun.QueueName}'");
            result["DialCallStatus"] = TwilioCallStatus.Failed;
            return result;
        }

        result["QueueSid"] = queue.Sid;
        log.Add(taker.Sid, "queue", $"{Who(taker)} dials queue '{queue.FriendlyName}' ({queue.Members.Count} waiting, timeout {timeout.TotalSeconds:0} s)");
        if (taker.DeviceIdentity is not null)
        {
            await devices.RingingAsync(taker);
        }

        SimQueueMember? member;
        try
        {
            do
            {
                member = await queues.TakeFrontAsync(queue, timeout, ct);
            }
            while (member is not null && !member.TryExit(new QueueExit.Bridged(taker, noun.Url)));
        }
        catch (OperationCanceledException)
        {
            result["DialCallStatus"] = TwilioCallStatus.Canceled;
            return result;
        }

        if (member is null)
        {
            log.Add(taker.Sid, "queue", $"No one waiting in queue '{queue.FriendlyName}'");
            return result;
        }

        await member.BridgeReady.Task.WaitAsync(ct);
        await progress.MarkAnsweredAsync(taker);
        if (taker.DeviceIdentity is not null)
        {
            await devices.AcceptedAsync(taker);
        }

        log.Add(taker.Sid, "bridge", $"{Who(taker)} takes {member.Call.From} from queue '{queue.FriendlyName}' after {member.WaitSeconds(log.Clock.GetUtcNow())} s");
        var bridgedAt = log.Clock.GetUtcNow();
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (taker.HungUp.Register(() => ended.TrySetResult()))
        await using (member.Call.HungUp.Register(() => ended.TrySetResult()))
        {
            await ended.Task;
        }

        result["DialCallStatus"] = TwilioCallStatus.Completed;
        result["DialCallSid"] = member.Call.Sid;
        result["DialBridged"] = "true";
        result["DialCallDuration"] = ((int)Math.Round((log.Clock.GetUtcNow() - bridgedAt).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return result;
    }

    private static string Who(SimCall call) => call.DeviceIdentity ?? call.To;
}
