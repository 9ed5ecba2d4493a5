using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Recordings;

namespace Ispecia.Voip.Core.Simulator.Conferences;

/// <summary>
/// The conference's status callback (conference-start, participant-join, participant-hold...) with Twilio's fields,
/// sent only for the events the conference asked for, and the conference recording's callback when it ends.
/// </summary>
public sealed class ConferenceCallbacks(WebhookSender webhooks, RecordingStore recordings, SimulatorCredentials credentials, SimulatorLog log)
{
    /// <summary>Short word of statusCallbackEvent for each event name Twilio posts.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["conference-start"] = "start",
        ["conference-end"] = "end",
        ["participant-join"] = "join",
        ["participant-leave"] = "leave",
        ["participant-hold"] = "hold",
        ["participant-unhold"] = "hold",
        ["participant-mute"] = "mute",
        ["participant-unmute"] = "mute",
    };

    public async Task SendAsync(SimConference conference, string eventName, SimParticipant? participant = null)
    {
        log.Add(participant?.Call.Sid, "conference", $"{conference.FriendlyName}: {eventName}{(participant is null ? "" : $" {participant.Name}")}");
        if (conference.StatusCallback is null || !conference.StatusCallbackEvents.Contains(Words[eventName]))
        {
            return;
        }

        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = credentials.AccountSid,
            ["ConferenceSid"] = conference.Sid,
            ["FriendlyName"] = conference.FriendlyName,
            ["StatusCallbackEvent"] = eventName,
            ["SequenceNumber"] = Interlocked.Increment(ref conference.NextSequence).ToString(CultureInfo.InvariantCulture),
            ["Timestamp"] = log.Clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture),
        };
        if (participant is not null)
        {
            form["CallSid"] = participant.Call.Sid;
            form["Hold"] = Word(participant.Hold);
            form["Muted"] = Word(participant.Muted);
            form["Coaching"] = "false";
            form["EndConferenceOnExit"] = Word(participant.EndConferenceOnExit);
            form["StartConferenceOnEnter"] = Word(participant.StartConferenceOnEnter);
            if (participant.Label is not null)
            {
                form["ParticipantLabel"] = participant.Label;
            }
        }

        if (eventName == "conference-end")
        {
            form["ReasonConferenceEnded"] = conference.ReasonEnded ?? "last-participant-left";
            if (conference.CallSidEndingConference is not null)
            {
                form["CallSidEndingConference"] = conference.CallSidEndingConference;
            }
        }

        await webhooks.PostAsync(conference.StatusCallback, form, participant?.Call.Sid, CancellationToken.None);
    }

    /// <summary>record="record-from-start": one mixed channel from the start to the end of the conference.</summary>
    public async Task RecordAsync(SimConference conference)
    {
        if (!conference.RecordFromStart || conference.StartedAt is not { } started)
        {
            return;
        }

        var seconds = (int)Math.Round((log.Clock.GetUtcNow() - started).TotalSeconds);
        var recording = recordings.Add(conference.Sid, seconds, 1, "Conference");
        log.Add(null, "recording", $"{conference.FriendlyName}: recording {recording.Sid}, {recording.DurationSeconds} s");
        if (conference.RecordingStatusCallback is null)
        {
            return;
        }

        // A conference recording belongs to the conference: Twilio sends no CallSid with it.
        await webhooks.PostAsync(conference.RecordingStatusCallback, new Dictionary<string, string>
        {
            ["AccountSid"] = credentials.AccountSid,
            ["ConferenceSid"] = conference.Sid,
            ["RecordingSid"] = recording.Sid,
            ["RecordingUrl"] = $"https://api.twilio.com/{TwimlApp.ApiVersion}/Accounts/{credentials.AccountSid}/Recordings/{recording.Sid}",
            ["RecordingStatus"] = "completed",
            ["RecordingDuration"] = recording.DurationSeconds.ToString(CultureInfo.InvariantCulture),
            ["RecordingChannels"] = "1",
            ["RecordingStartTime"] = recording.CreatedAt.ToString("r", CultureInfo.InvariantCulture),
            ["RecordingSource"] = "Conference",
        }, null, CancellationToken.None);
    }

    private static string Word(bool value) => value ? "true" : "false";
}
