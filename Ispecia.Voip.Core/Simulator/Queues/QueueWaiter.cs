using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator.Queues;

/// <summary>
/// The &lt;Enqueue&gt; verb: the caller joins the queue and the app's waitUrl TwiML runs in a loop (hold music, position
/// announcements) until the caller leaves (&lt;Leave/&gt;), hangs up, is taken by a &lt;Dial&gt;&lt;Queue&gt; or dequeued through REST.
/// </summary>
public sealed class QueueWaiter(SimQueues queues, WebhookSender webhooks, CallParameters parameters, CallProgress progress, SimulatorLog log, IOptions<SimulatorOptions> options)
{
    /// <summary>How long one hold-music clip plays in the simulator; the wait TwiML is asked again after it.</summary>
    public const double HoldClipSeconds = 5;

    private const int MaxWaitUrlFailures = 3;

    public async Task<QueueWaitOutcome> WaitAsync(SimCall call, TwimlEnqueue enqueue, CancellationToken ct)
    {
        await progress.MarkAnsweredAsync(call);
        var member = queues.Enqueue(enqueue.QueueName, call);
        var queue = member.Queue;
        log.Add(call.Sid, "queue", $"{call.From} waits in queue '{queue.FriendlyName}' at position {queue.PositionOf(member)} of {queue.Members.Count}");
        await using (ct.Register(() => member.TryExit(new QueueExit.HungUp())))
        {
            using var waiting = new CancellationTokenSource();
            var music = PlayWaitMusicAsync(member, enqueue.WaitUrl, waiting.Token);
            var exit = await member.Exit.Task;
            await waiting.CancelAsync();
            await music;
            queues.Remove(member);
            var waited = member.WaitSeconds(log.Clock.GetUtcNow());
            if (exit is QueueExit.Bridged bridged)
            {
                await BridgeAsync(member, bridged);
            }
            else
            {
                log.Add(call.Sid, "queue", exit is QueueExit.HungUp
                    ? $"Hung up while waiting in '{queue.FriendlyName}' after {waited} s"
                    : $"Left queue '{queue.FriendlyName}' ({exit.QueueResult}) after {waited} s");
            }

            return new QueueWaitOutcome(exit, new Dictionary<string, string>
            {
                ["QueueResult"] = exit.QueueResult,
                ["QueueSid"] = queue.Sid,
                ["QueueTime"] = waited.ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    /// <summary>The dequeuer connected: the caller hears the Queue noun's TwiML, then talks until either side hangs up.</summary>
    private async Task BridgeAsync(SimQueueMember member, QueueExit.Bridged bridged)
    {
        var call = member.Call;
        try
        {
            if (bridged.Url is { } url)
            {
                var form = parameters.ForNextStep(call);
                form["QueueSid"] = member.Queue.Sid;
                form["QueueTime"] = member.WaitSeconds(log.Clock.GetUtcNow()).ToString(CultureInfo.InvariantCulture);
                form["DequeingCallSid"] = bridged.Dequeuer.Sid;
                if (await webhooks.FetchTwimlAsync(url, form, call.Sid, call.HungUp) is { } verbs)
                {
                    await PlayAsync(member, verbs, call.HungUp);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The caller hung up before the two were connected.
        }
        finally
        {
            member.BridgeReady.TrySetResult();
        }

        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var a = call.HungUp.Register(() => ended.TrySetResult());
        await using var b = bridged.Dequeuer.HungUp.Register(() => ended.TrySetResult());
        await ended.Task;
    }

    private async Task PlayWaitMusicAsync(SimQueueMember member, string? waitUrl, CancellationToken ct)
    {
        var url = waitUrl;
        var failures = 0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (url is null)
                {
                    log.Add(member.Call.Sid, "play", "Hears Twilio's default hold music");
                    await Task.Delay(Scaled(HoldClipSeconds), ct);
                    continue;
                }

                var verbs = await webhooks.FetchTwimlAsync(url, WaitParameters(member), member.Call.Sid, ct);
                if (verbs is null)
                {
                    // The app cannot say how to wait: after a few silent rounds the call fails rather than wait forever.
                    if (++failures >= MaxWaitUrlFailures)
                    {
                        log.Add(member.Call.Sid, "error", $"The waitUrl failed {failures} times in a row; the call ends");
                        member.Call.Status = TwilioCallStatus.Failed;
                        member.Call.Hangup();
                        return;
                    }

                    await Task.Delay(Scaled(HoldClipSeconds), ct);
                    continue;
                }

                failures = 0;
                url = await PlayAsync(member, verbs, ct) ?? url;
            }
        }
        catch (OperationCanceledException)
        {
            // The wait is over.
        }
    }

    /// <summary>Runs wait (or Queue noun) TwiML for the caller; returns a &lt;Redirect&gt;'s URL, the wait TwiML's next address.</summary>
    private async Task<string?> PlayAsync(SimQueueMember member, IReadOnlyList<TwimlVerb> verbs, CancellationToken ct)
    {
        var sid = member.Call.Sid;
        foreach (var verb in verbs)
        {
            ct.ThrowIfCancellationRequested();
            switch (verb)
            {
                case TwimlPlay play:
                    log.Add(sid, "play", $"Hears hold music {play.Url}");
                    await Task.Delay(Scaled(HoldClipSeconds * Math.Max(1, play.Loop ?? 1)), ct);
                    break;
                case TwimlSay say:
                    log.Add(sid, "say", $"Hears \"{say.Text}\"");
                    await Task.Delay(Scaled(Math.Clamp(say.Text.Length / 15.0, 1, 8)), ct);
                    break;
                case TwimlPause pause:
                    await Task.Delay(Scaled(pause.Length ?? 1), ct);
                    break;
                case TwimlLeave:
                    member.TryExit(new QueueExit.Left());
                    return null;
                case TwimlHangup:
                    log.Add(sid, "hangup", "<Hangup> in the wait TwiML");
                    member.Call.Hangup();
                    return null;
                case TwimlRedirect redirect:
                    return redirect.Url;
                default:
                    log.Add(sid, "error", $"<{verb.GetType().Name.Replace("Twiml", "", StringComparison.Ordinal)}> is not allowed in a queue's wait TwiML; ignored");
                    break;
            }
        }

        return null;
    }

    /// <summary>What Twilio adds to every waitUrl request.</summary>
    private Dictionary<string, string> WaitParameters(SimQueueMember member)
    {
        var form = parameters.ForNextStep(member.Call);
        var queue = member.Queue;
        form["QueueSid"] = queue.Sid;
        form["QueuePosition"] = queue.PositionOf(member).ToString(CultureInfo.InvariantCulture);
        form["CurrentQueueSize"] = queue.Members.Count.ToString(CultureInfo.InvariantCulture);
        form["MaxQueueSize"] = queue.MaxSize.ToString(CultureInfo.InvariantCulture);
        form["QueueTime"] = member.WaitSeconds(log.Clock.GetUtcNow()).ToString(CultureInfo.InvariantCulture);
        form["AvgQueueTime"] = queue.AverageWaitSeconds.ToString(CultureInfo.InvariantCulture);
        return form;
    }

    private TimeSpan Scaled(double seconds) => options.Value.Scaled(seconds);
}
