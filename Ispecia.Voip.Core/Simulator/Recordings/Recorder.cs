using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator.Recordings;

/// <summary>Records what Twilio would (a caller's message, a bridged Dial) and posts each recording's status callback.</summary>
public sealed class Recorder(
    RecordingStore store, WebhookSender webhooks, CallProgress progress, SimulatorCredentials credentials, SimulatorLog log,
    IOptions<SimulatorOptions> options)
{
    /// <summary>Voicemail: the simulated caller speaks for a few seconds (or until they hang up), then Twilio posts the recording.</summary>
    public async Task<RecordedMessage> RecordMessageAsync(SimCall call, TwimlRecord record, CancellationToken ct)
    {
        await progress.MarkAnsweredAsync(call);
        log.Add(call.Sid, "record", "Recording the caller's message");
        var started = log.Clock.GetUtcNow();
        var hungUp = false;
        try
        {
            await Task.Delay(options.Value.Scaled(Math.Min(record.MaxLength ?? 3600, 4)), ct);
        }
        catch (OperationCanceledException)
        {
            hungUp = true;
        }

        var seconds = Math.Max(1, (int)Math.Round((log.Clock.GetUtcNow() - started).TotalSeconds / Math.Max(options.Value.TimeScale, 0.001)));
        var recording = store.Add(call.Sid, seconds, 1, "RecordVerb");
        await SendStatusAsync(call, record.RecordingStatusCallback, recording);
        var parameters = new Dictionary<string, string>
        {
            ["RecordingSid"] = recording.Sid,
            ["RecordingUrl"] = UrlOf(recording),
            ["RecordingDuration"] = seconds.ToString(CultureInfo.InvariantCulture),
            ["Digits"] = hungUp ? "hangup" : "",
        };
        return new RecordedMessage(parameters, hungUp);
    }

    /// <summary>A Dial with <c>record="record-from-…"</c> records the conversation it bridged: two channels when dual.</summary>
    public async Task RecordDialAsync(SimCall parent, TwimlDial dial, int talkedSeconds)
    {
        if (dial.Record is { } record && record.StartsWith("record-from", StringComparison.Ordinal))
        {
            var recording = store.Add(parent.Sid, talkedSeconds, record.EndsWith("-dual", StringComparison.Ordinal) ? 2 : 1, "DialVerb");
            await SendStatusAsync(parent, dial.RecordingStatusCallback, recording);
        }
    }

    private async Task SendStatusAsync(SimCall call, string? callbackUrl, SimRecording recording)
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
            ["RecordingUrl"] = UrlOf(recording),
            ["RecordingStatus"] = "completed",
            ["RecordingDuration"] = recording.DurationSeconds.ToString(CultureInfo.InvariantCulture),
            ["RecordingChannels"] = recording.Channels.ToString(CultureInfo.InvariantCulture),
            ["RecordingStartTime"] = recording.CreatedAt.ToString("r", CultureInfo.InvariantCulture),
            ["RecordingSource"] = recording.Source,
            ["RecordingTrack"] = "both",
        }, call.Sid, CancellationToken.None);
    }

    // Twilio's own address for the media: the app fetches it through the library's client, which the simulator rebases.
    private string UrlOf(SimRecording recording) =>
        $"https://api.twilio.com/{TwimlApp.ApiVersion}/Accounts/{credentials.AccountSid}/Recordings/{recording.Sid}";
}
