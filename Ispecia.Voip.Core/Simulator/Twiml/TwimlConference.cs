namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Conference&gt;: joins the named room, created by the first to enter, with Twilio's attributes.</summary>
public sealed record TwimlConference(string Name) : TwimlDialNoun
{
    public bool? Muted { get; init; }

    /// <summary>true, false, onEnter or onExit (Twilio's default: true).</summary>
    public string? Beep { get; init; }

    /// <summary>Twilio's default: true. Until someone with it enters, the others wait hearing the wait music.</summary>
    public bool? StartConferenceOnEnter { get; init; }

    /// <summary>When this participant leaves, the conference ends for everyone.</summary>
    public bool? EndConferenceOnExit { get; init; }

    /// <summary>Music while the conference has not started; empty for silence.</summary>
    public string? WaitUrl { get; init; }

    /// <summary>do-not-record or record-from-start.</summary>
    public string? Record { get; init; }

    public string? RecordingStatusCallback { get; init; }

    /// <summary>Space-separated: start end join leave mute hold modify speaker announcement.</summary>
    public string? ConferenceStatusCallbackEvent { get; init; }

    public string? ConferenceStatusCallback { get; init; }

    /// <summary>The name the Participant resource can be addressed by instead of its CallSid.</summary>
    public string? ParticipantLabel { get; init; }

    // The conference's callbacks share the names of the leg's (statusCallback on the noun): here they are the conference's.
    internal static TwimlConference From(XElement element) => new(element.RequiredText())
    {
        Muted = element.OptionalBool("muted"),
        Beep = element.Optional("beep"),
        StartConferenceOnEnter = element.OptionalBool("startConferenceOnEnter"),
        EndConferenceOnExit = element.OptionalBool("endConferenceOnExit"),
        WaitUrl = element.Optional("waitUrl"),
        Record = element.Optional("record"),
        RecordingStatusCallback = element.Optional("recordingStatusCallback"),
        ConferenceStatusCallback = element.Optional("statusCallback"),
        ConferenceStatusCallbackEvent = element.Optional("statusCallbackEvent"),
        ParticipantLabel = element.Optional("participantLabel"),
    };
}
