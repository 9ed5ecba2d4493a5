using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator.Conferences;

/// <summary>
/// Twilio's conferences: &lt;Dial&gt;&lt;Conference&gt; joins (creating the room on first entry), the Participant
/// resource dials new legs in, holds, mutes and removes them, and a room ends when its last participant leaves or one
/// with endConferenceOnExit does; every participant's Dial then ends and its TwiML goes on.
/// </summary>
public sealed class ConferenceRooms(
    CallRegistry calls, ISimulatedDevices devices, CallProgress progress, Ringer ringer, CallRunner runner, ConferenceCallbacks callbacks,
    ConferenceMix mix, WebhookSender webhooks, CallParameters parameters, SimulatorLog log)
{
    private const int KeptEnded = 100;
    private readonly ConcurrentDictionary<string, SimConference> bySid = new(StringComparer.Ordinal);
    private readonly Lock opening = new();

    /// <summary>Newest first: the live ones and the last ones ended (the REST API lists both).</summary>
    public IReadOnlyList<SimConference> All => [.. bySid.Values.OrderByDescending(c => c.CreatedAt)];

    /// <summary>By SID, or by friendly name for the room live now.</summary>
    public SimConference? Find(string sidOrName) =>
        bySid.GetValueOrDefault(sidOrName) ?? bySid.Values.FirstOrDefault(c => c.FriendlyName == sidOrName && !c.IsOver);

    /// <summary>&lt;Dial&gt;&lt;Conference&gt;: in the room until the leg hangs up, is removed, gets new TwiML, or the room ends.</summary>
    public async Task<Dictionary<string, string>> JoinAsync(SimCall call, TwimlConference room, CancellationToken ct)
    {
        await progress.MarkAnsweredAsync(call);
        var conference = Open(room.Name, room);
        var participant = NewParticipant(call, room.ParticipantLabel, room.StartConferenceOnEnter, room.EndConferenceOnExit, room.Muted);
        conference.Add(participant);
        await StayAsync(conference, participant, ct);
        return new Dictionary<string, string> { ["DialCallStatus"] = TwilioCallStatus.Completed, ["ConferenceSid"] = conference.Sid };
    }

    /// <summary>The Participant resource's create: rings <see cref="ParticipantRequest.To"/> and joins it when answered.</summary>
    /// <returns>Null when there is no such conference (a name not live creates one, as at Twilio).</returns>
    public SimParticipant? Dial(string sidOrName, ParticipantRequest request)
    {
        var conference = Find(sidOrName);
        if (conference is null)
        {
            if (sidOrName.StartsWith("CF", StringComparison.Ordinal) && sidOrName.Length == 34)
            {
                return null;
            }

            conference = Open(sidOrName, new TwimlConference(sidOrName)
            {
                ConferenceStatusCallback = request.ConferenceStatusCallback,
                ConferenceStatusCallbackEvent = request.ConferenceStatusCallbackEvent,
                Record = request.ConferenceRecord,
                RecordingStatusCallback = request.ConferenceRecordingStatusCallback,
            });
        }

        var (target, custom) = request.SplitTarget();
        var leg = calls.Track(new SimCall
        {
            StartedAt = log.Clock.GetUtcNow(), Sid = SimulatorSids.New("CA"), From = request.From, To = target, Direction = "outbound-api",
            StatusCallbackUrl = request.StatusCallback,
        });
        var participant = NewParticipant(leg, request.Label, request.StartConferenceOnEnter, request.EndConferenceOnExit, request.Muted);
        conference.Add(participant);
        log.Add(leg.Sid, "conference", $"{conference.FriendlyName}: dialling {participant.Name} ({target})");
        runner.Run(leg, ct => RingThenStayAsync(conference, participant, target, custom, TimeSpan.FromSeconds(request.Timeout ?? 60), ct));
        return participant;
    }

    /// <summary>Hold (with the music of <paramref name="holdUrl"/>), unhold, mute, unmute; null for an unknown participant.</summary>
    public async Task<SimParticipant?> UpdateAsync(SimConference conference, string callSidOrLabel, bool? hold, string? holdUrl, bool? muted)
    {
        if (conference.Find(callSidOrLabel) is not { } participant)
        {
            return null;
        }

        if (muted is { } mute && mute != participant.Muted)
        {
            participant.Muted = mute;
            await callbacks.SendAsync(conference, mute ? "participant-mute" : "participant-unmute", participant);
        }

        if (hold is { } held && held != participant.Hold)
        {
            participant.HoldMusic = held ? await HoldMusicAsync(conference, participant, holdUrl) : null;
            participant.Hold = held;
            await callbacks.SendAsync(conference, held ? "participant-hold" : "participant-unhold", participant);
        }

        await mix.AnnounceAsync(conference);
        return participant;
    }

    /// <summary>The Participant resource's delete: the leg leaves (a ringing one stops ringing) and its TwiML goes on.</summary>
    public bool Remove(SimConference conference, string callSidOrLabel)
    {
        if (conference.Find(callSidOrLabel) is not { } participant)
        {
            return false;
        }

        log.Add(participant.Call.Sid, "conference", $"{conference.FriendlyName}: {participant.Name} removed");
        participant.Kicked.Cancel();
        return true;
    }

    /// <summary>The Conference resource's update Status=completed.</summary>
    public Task EndAsync(SimConference conference) => EndAsync(conference, "conference-ended-via-api", null);

    /// <summary>Twilio's defaults: starts the conference on entering, does not end it on leaving, not muted.</summary>
    private SimParticipant NewParticipant(SimCall call, string? label, bool? startOnEnter, bool? endOnExit, bool? muted) => new()
    {
        Call = call,
        Label = label,
        CreatedAt = log.Clock.GetUtcNow(),
        StartConferenceOnEnter = startOnEnter ?? true,
        EndConferenceOnExit = endOnExit ?? false,
        Muted = muted ?? false,
    };

    private async Task RingThenStayAsync(
        SimConference conference, SimParticipant participant, string target, Dictionary<string, string> custom, TimeSpan timeout, CancellationToken ct)
    {
        var leg = participant.Call;
        using var ringing = CancellationTokenSource.CreateLinkedTokenSource(ct, conference.Ended.Token, participant.Kicked.Token);
        string outcome;
        try
        {
            participant.Status = SimParticipant.Ringing;
            outcome = await ringer.RingAsync(leg, target, custom, timeout, ringing.Token);
        }
        catch (OperationCanceledException) when (!leg.IsOver)
        {
            outcome = TwilioCallStatus.Canceled;
        }

        if (outcome != FarEnd.Answers || conference.IsOver)
        {
            leg.Status = outcome == FarEnd.Answers ? TwilioCallStatus.Canceled : outcome;
            conference.Remove(participant);
            log.Add(leg.Sid, "conference", $"{conference.FriendlyName}: {participant.Name} did not join ({leg.Status})");
            return;
        }

        await progress.MarkAnsweredAsync(leg);
        await devices.AcceptedAsync(leg);
        await StayAsync(conference, participant, ct);
    }

    private async Task StayAsync(SimConference conference, SimParticipant participant, CancellationToken ct)
    {
        await EnterAsync(conference, participant);
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (participant.Call.HungUp.Register(() => gone.TrySetResult()))
        await using (ct.Register(() => gone.TrySetResult()))
        await using (participant.Kicked.Token.Register(() => gone.TrySetResult()))
        await using (conference.Ended.Token.Register(() => gone.TrySetResult()))
        {
            await gone.Task;
        }

        await LeaveAsync(conference, participant);
    }

    private async Task EnterAsync(SimConference conference, SimParticipant participant)
    {
        participant.Status = SimParticipant.Connected;
        participant.JoinedAt = log.Clock.GetUtcNow();
        await callbacks.SendAsync(conference, "participant-join", participant);
        var starts = false;
        lock (opening)
        {
            if (conference.Status == "init" && participant.StartConferenceOnEnter)
            {
                conference.Status = "in-progress";
                conference.StartedAt = log.Clock.GetUtcNow();
                starts = true;
            }
        }

        if (starts)
        {
            await callbacks.SendAsync(conference, "conference-start");
        }

        await mix.AnnounceAsync(conference);
    }

    private async Task LeaveAsync(SimConference conference, SimParticipant participant)
    {
        if (!conference.Remove(participant))
        {
            return;
        }

        participant.Status = "complete";
        await callbacks.SendAsync(conference, "participant-leave", participant);
        if (participant.EndConferenceOnExit)
        {
            await EndAsync(conference, "participant-with-end-conference-on-exit-left", participant.Call.Sid);
        }
        else if (!conference.Connected.Any())
        {
            await EndAsync(conference, "last-participant-left", participant.Call.Sid);
        }
        else
        {
            await mix.AnnounceAsync(conference);
        }
    }

    private async Task EndAsync(SimConference conference, string reason, string? callSid)
    {
        lock (opening)
        {
            if (conference.IsOver)
            {
                return;
            }

            conference.Status = "completed";
            conference.ReasonEnded = reason;
            conference.CallSidEndingConference = callSid;
            conference.Ended.Cancel();
        }

        await callbacks.SendAsync(conference, "conference-end");
        await callbacks.RecordAsync(conference);
        foreach (var old in bySid.Values.Where(c => c.IsOver).OrderByDescending(c => c.CreatedAt).Skip(KeptEnded))
        {
            bySid.TryRemove(old.Sid, out _);
        }
    }

    /// <summary>The live room of that name, or a new one with these settings (the first to enter decides them).</summary>
    private SimConference Open(string name, TwimlConference settings)
    {
        lock (opening)
        {
            if (Find(name) is { IsOver: false } live)
            {
                return live;
            }

            var conference = SimConference.For(SimulatorSids.New("CF"), name, log.Clock.GetUtcNow(), settings);
            bySid[conference.Sid] = conference;
            log.Add(null, "conference", $"Conference {name} created ({conference.Sid})");
            return conference;
        }
    }

    /// <summary>Asks the hold URL for its TwiML, as Twilio does on hold, and says what it plays.</summary>
    private async Task<string> HoldMusicAsync(SimConference conference, SimParticipant participant, string? holdUrl)
    {
        if (string.IsNullOrEmpty(holdUrl))
        {
            return "Twilio's default";
        }

        var form = parameters.For(participant.Call, TwilioCallStatus.InProgress);
        form["ConferenceSid"] = conference.Sid;
        var verbs = await webhooks.FetchTwimlAsync(holdUrl, form, participant.Call.Sid, CancellationToken.None);
        return verbs?.FirstOrDefault() switch
        {
            TwimlPlay play => play.Url,
            TwimlSay say => say.Text,
            null => "silence (the hold URL failed)",
            var other => other.GetType().Name,
        };
    }
}
