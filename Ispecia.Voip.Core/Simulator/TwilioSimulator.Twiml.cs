using System.Globalization;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator;

/// <summary>Executing TwiML, verb by verb, as Twilio does.</summary>
public sealed partial class TwilioSimulator
{
    private const int MaxDocuments = 20;

    private async Task ExecuteFromUrlAsync(SimCall call, string url, IReadOnlyDictionary<string, string> extra, CancellationToken ct)
    {
        var form = BaseForm(call, call.AnsweredAt is null ? "ringing" : "in-progress");
        foreach (var (key, value) in extra)
        {
            form.TryAdd(key, value);
        }

        var verbs = await webhooks.FetchTwimlAsync(url, form, call.Sid, ct);
        if (verbs is null)
        {
            call.Status = "failed";
            return;
        }

        await ExecuteAsync(call, verbs, ct);
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
                    await MarkAnsweredAsync(call);
                    log.Add(call.Sid, "say", say.Text);
                    await Task.Delay(Scaled(Math.Clamp(say.Text.Length / 15.0, 1, 8)), ct);
                    break;
                case TwimlPlay play:
                    await MarkAnsweredAsync(call);
                    log.Add(call.Sid, "play", play.Url);
                    await Task.Delay(Scaled(2), ct);
                    break;
                case TwimlPause pause:
                    await MarkAnsweredAsync(call);
                    await Task.Delay(Scaled(pause.Length ?? 1), ct);
                    break;
                case TwimlHangup:
                    log.Add(call.Sid, "hangup", "<Hangup>");
                    return;
                case TwimlReject reject:
                    call.Status = reject.Reason == "busy" ? "busy" : "no-answer";
                    log.Add(call.Sid, "reject", $"<Reject reason=\"{reject.Reason ?? "rejected"}\">");
                    return;
                case TwimlRedirect redirect:
                    await ExecuteNextAsync(call, redirect.Url, new Dictionary<string, string>(), ct, depth);
                    return;
                case TwimlEnqueue enqueue:
                    await MarkAnsweredAsync(call);
                    log.Add(call.Sid, "enqueue", $"Waiting in queue {enqueue.QueueName}");
                    await Task.Delay(Scaled(60), ct);
                    return;
                case TwimlRecord record:
                    await RecordAsync(call, record, ct, depth);
                    return;
                case TwimlDial dial:
                    var result = await DialAsync(call, dial, ct);
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
        if (call.IsOver)
        {
            // The caller is gone; Twilio still reports the outcome to the action URL.
            var form = BaseForm(call, "completed");
            foreach (var (key, value) in extra)
            {
                form[key] = value;
            }

            await webhooks.PostAsync(url, form, call.Sid, CancellationToken.None);
            return;
        }

        var next = BaseForm(call, call.AnsweredAt is null ? "ringing" : "in-progress");
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

    /// <summary>Voicemail: the simulated caller speaks for a few seconds (or until they hang up), then Twilio posts the recording.</summary>
    private async Task RecordAsync(SimCall call, TwimlRecord record, CancellationToken ct, int depth)
    {
        await MarkAnsweredAsync(call);
        log.Add(call.Sid, "record", "Recording the caller's message");
        var started = DateTimeOffset.UtcNow;
        var hungUp = false;
        try
        {
            await Task.Delay(Scaled(Math.Min(record.MaxLength ?? 3600, 4)), ct);
        }
        catch (OperationCanceledException)
        {
            hungUp = true;
        }

        var seconds = Math.Max(1, (int)Math.Round((DateTimeOffset.UtcNow - started).TotalSeconds / Math.Max(options.Value.TimeScale, 0.001)));
        var recording = recordings.Add(call.Sid, seconds, 1, "RecordVerb");
        await SendRecordingAsync(call, record.RecordingStatusCallback, recording);
        var extra = new Dictionary<string, string>
        {
            ["RecordingSid"] = recording.Sid,
            ["RecordingUrl"] = RecordingUrl(recording),
            ["RecordingDuration"] = seconds.ToString(CultureInfo.InvariantCulture),
            ["Digits"] = hungUp ? "hangup" : "",
        };
        await ExecuteNextAsync(call, record.Action ?? VoicePath, extra, hungUp ? CancellationToken.None : ct, depth);
    }

    private async Task SendRecordingAsync(SimCall call, string? callbackUrl, SimRecording recording)
    {
        log.Add(call.Sid, "recording", $"Recording {recording.Sid}: {recording.DurationSeconds} s, {recording.Channels} channel(s)");
        if (callbackUrl is null)
        {
            return;
        }

        await webhooks.PostAsync(callbackUrl, new Dictionary<string, string>
        {
            ["AccountSid"] = credentials.AccountSid,
            ["CallSid"] = call.Sid,
            ["RecordingSid"] = recording.Sid,
            ["RecordingUrl"] = RecordingUrl(recording),
            ["RecordingStatus"] = "completed",
            ["RecordingDuration"] = recording.DurationSeconds.ToString(CultureInfo.InvariantCulture),
            ["RecordingChannels"] = recording.Channels.ToString(CultureInfo.InvariantCulture),
            ["RecordingStartTime"] = recording.CreatedAt.ToString("r", CultureInfo.InvariantCulture),
            ["RecordingSource"] = recording.Source,
            ["RecordingTrack"] = "both",
        }, call.Sid, CancellationToken.None);
    }

    // Twilio's own address for the media: the app fetches it through the library's client, which the simulator rebases.
    private string RecordingUrl(SimRecording recording) =>
        $"https://api.twilio.com/2010-04-01/Accounts/{credentials.AccountSid}/Recordings/{recording.Sid}";
}
