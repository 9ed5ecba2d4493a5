using Ispecia.Voip.Core.Simulator.Conferences;
using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Queues;
using Ispecia.Voip.Core.Simulator.Recordings;

namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>Walks the app's TwiML verb by verb, as Twilio does, fetching the next document when a verb hands over.</summary>
public sealed class TwimlInterpreter(
    WebhookSender webhooks, CallParameters parameters, CallProgress progress, Dialler dialler, Recorder recorder, ConferenceRooms conferences,
    SimulatorLog log, IOptions<SimulatorOptions> options, QueueWaiter queueWaiter, QueueDialler queueDialler)
{
    private const int MaxDocuments = 20;

    /// <summary>Asks <paramref name="url"/> what to do with the call and does it; a call whose webhook fails has failed.</summary>
    public async Task ExecuteFromUrlAsync(SimCall call, string url, IReadOnlyDictionary<string, string> extra, CancellationToken ct)
    {
        var form = parameters.ForNextStep(call);
        foreach (var (key, value) in extra)
        {
            form.TryAdd(key, value);
        }

        var verbs = await webhooks.FetchTwimlAsync(url, form, call.Sid, ct);
        if (verbs is null)
        {
            call.Status = TwilioCallStatus.Failed;
            return;
        }

        await ExecuteAsync(call, verbs, ct);
    }

    /// <summary>The REST API's Twiml parameter: a document that does not parse fails the call (Twilio's 12100).</summary>
    public async Task ExecuteInlineAsync(SimCall call, string twiml, CancellationToken ct)
    {
        try
        {
            await ExecuteAsync(call, TwimlDocument.Parse(twiml).Verbs, ct);
        }
        catch (TwimlParseException ex)
        {
            log.Add(call.Sid, "error", $"12100 Document parse failure: {ex.Message}");
            call.Status = TwilioCallStatus.Failed;
        }
    }

    /// <summary>Runs a document; verbs that hand over to another document (action, Redirect) end this one.</summary>
    private async Task ExecuteAsync(SimCall call, IReadOnlyList<TwimlVerb> verbs, CancellationToken ct, int depth = 0)
    {
        if (depth > MaxDocuments)
        {
            log.Add(call.Sid, "error", "Too many TwiML documents in a row; the call ends.");
            return;
        }

        foreach (var verb in verbs)
        {
            ct.ThrowIfCancellationRequested();
            switch (verb)
            {
                case TwimlSay say:
                    await progress.MarkAnsweredAsync(call);
                    log.Add(call.Sid, "say", say.Text);
                    await Task.Delay(Scaled(Math.Clamp(say.Text.Length / 15.0, 1, 8)), ct);
                    break;
                case TwimlPlay play:
                    await progress.MarkAnsweredAsync(call);
                    log.Add(call.Sid, "play", play.Url);
                    await Task.Delay(Scaled(2), ct);
                    break;
                case TwimlPause pause:
                    await progress.MarkAnsweredAsync(call);
                    await Task.Delay(Scaled(pause.Length ?? 1), ct);
                    break;
                case TwimlHangup:
                    log.Add(call.Sid, "hangup", "<Hangup>");
                    return;
                case TwimlReject reject:
                    call.Status = reject.Reason == "busy" ? TwilioCallStatus.Busy : TwilioCallStatus.NoAnswer;
                    log.Add(call.Sid, "reject", $"<Reject reason=\"{reject.Reason ?? "rejected"}\">");
                    return;
                case TwimlRedirect redirect:
                    await ExecuteNextAsync(call, redirect.Url, new Dictionary<string, string>(), ct, depth);
                    return;
                case TwimlEnqueue enqueue:
                    var waited = await queueWaiter.WaitAsync(call, enqueue, ct);
                    if (waited.RedirectUrl is { } dequeuedTo)
                    {
                        await ExecuteNextAsync(call, dequeuedTo, new Dictionary<string, string>(), ct, depth);
                        return;
                    }

                    if (enqueue.Action is not null)
                    {
                        await ExecuteNextAsync(call, enqueue.Action, waited.ActionParameters, call.IsOver ? CancellationToken.None : ct, depth);
                        return;
                    }

                    break;
                case TwimlRecord record:
                    var message = await recorder.RecordMessageAsync(call, record, ct);
                    await ExecuteNextAsync(call, record.Action ?? TwimlApp.VoicePath, message.ActionParameters, message.CallerHungUp ? CancellationToken.None : ct, depth);
                    return;
                case TwimlDial dial:
                    var result = dial.Nouns switch
                    {
                        [TwimlQueue queue] => await queueDialler.DialAsync(call, dial, queue, ct),
                        [TwimlConference room] => await conferences.JoinAsync(call, room, ct),
                        _ => await dialler.DialAsync(call, dial, ct),
                    };
                    if (dial.Action is not null)
                    {
                        await ExecuteNextAsync(call, dial.Action, result, ct, depth);
                        return;
                    }

                    break;
                default:
                    log.Add(call.Sid, "error", $"12100 Unsupported verb {verb.GetType().Name}");
                    return;
            }
        }
    }

    private async Task ExecuteNextAsync(SimCall call, string url, IReadOnlyDictionary<string, string> extra, CancellationToken ct, int depth)
    {
        if (call.IsOver || ct.IsCancellationRequested)
        {
            // The caller is gone; Twilio still reports the outcome to the action URL.
            var form = parameters.For(call, TwilioCallStatus.Completed);
            foreach (var (key, value) in extra)
            {
                form[key] = value;
            }

            await webhooks.PostAsync(url, form, call.Sid, CancellationToken.None);
            // Given new TwiML by the REST API: Twilio requests the action but runs the new TwiML, not the answer.
            if (!call.IsOver)
            {
                ct.ThrowIfCancellationRequested();
            }

            return;
        }

        var next = parameters.ForNextStep(call);
        foreach (var (key, value) in extra)
        {
            next[key] = value;
        }

        var verbs = await webhooks.FetchTwimlAsync(url, next, call.Sid, ct);
        if (verbs is not null)
        {
            await ExecuteAsync(call, verbs, ct, depth + 1);
        }
    }

    private TimeSpan Scaled(double seconds) => options.Value.Scaled(seconds);
}
