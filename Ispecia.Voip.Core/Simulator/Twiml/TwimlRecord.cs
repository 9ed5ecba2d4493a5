namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Record&gt;: records the caller (voicemail); Twilio then requests <see cref="Action"/>.</summary>
public sealed record TwimlRecord : TwimlVerb
{
    public string? Action { get; init; }

    public string? Method { get; init; }

    /// <summary>Seconds of silence that end the recording (Twilio's default is 5; 0 disables it).</summary>
    public int? Timeout { get; init; }

    /// <summary>Keys that end the recording (Twilio's default is 1234567890*#).</summary>
    public string? FinishOnKey { get; init; }

    /// <summary>Longest recording in seconds (Twilio's default is 3600).</summary>
    public int? MaxLength { get; init; }

    public bool? PlayBeep { get; init; }

    public string? Trim { get; init; }

    public string? RecordingStatusCallback { get; init; }

    public string? RecordingStatusCallbackMethod { get; init; }

    /// <summary>Space-separated events: in-progress, completed, absent.</summary>
    public string? RecordingStatusCallbackEvent { get; init; }

    public bool? Transcribe { get; init; }

    public string? TranscribeCallback { get; init; }

    internal static TwimlRecord From(XElement element)
    {
        element.EnsureEmpty();
        return new()
        {
            Action = element.Optional("action"),
            Method = element.Optional("method"),
            Timeout = element.OptionalInt("timeout"),
            FinishOnKey = element.Optional("finishOnKey"),
            MaxLength = element.OptionalInt("maxLength"),
            PlayBeep = element.OptionalBool("playBeep"),
            Trim = element.Optional("trim"),
            RecordingStatusCallback = element.Optional("recordingStatusCallback"),
            RecordingStatusCallbackMethod = element.Optional("recordingStatusCallbackMethod"),
            RecordingStatusCallbackEvent = element.Optional("recordingStatusCallbackEvent"),
            Transcribe = element.OptionalBool("transcribe"),
            TranscribeCallback = element.Optional("transcribeCallback"),
        };
    }
}
