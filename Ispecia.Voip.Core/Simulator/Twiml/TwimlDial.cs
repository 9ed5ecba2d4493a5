namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Dial&gt;: rings every noun at once and connects the caller to the first that answers.</summary>
public sealed record TwimlDial(IReadOnlyList<TwimlDialNoun> Nouns) : TwimlVerb
{
    /// <summary>E.164 number (or client:identity when ringing clients) shown to the called party.</summary>
    public string? CallerId { get; init; }

    /// <summary>Requested when the dialled leg ends, with DialCallStatus; verbs after the Dial are then unreachable.</summary>
    public string? Action { get; init; }

    public string? Method { get; init; }

    /// <summary>Seconds to ring before giving up with no-answer (Twilio's default is 30).</summary>
    public int? Timeout { get; init; }

    public int? TimeLimit { get; init; }

    /// <summary>do-not-record, record-from-answer, record-from-ringing, record-from-answer-dual or record-from-ringing-dual.</summary>
    public string? Record { get; init; }

    public string? Trim { get; init; }

    public string? RecordingStatusCallback { get; init; }

    public string? RecordingStatusCallbackMethod { get; init; }

    /// <summary>Space-separated events: in-progress, completed, absent.</summary>
    public string? RecordingStatusCallbackEvent { get; init; }

    /// <summary>Keep the caller hearing ringing until the dialled party answers.</summary>
    public bool? AnswerOnBridge { get; init; }

    public bool? HangupOnStar { get; init; }

    public string? RingTone { get; init; }

    public bool Equals(TwimlDial? other) =>
        other is not null && base.Equals(other)
        && CallerId == other.CallerId && Action == other.Action && Method == other.Method && Timeout == other.Timeout
        && TimeLimit == other.TimeLimit && Record == other.Record && Trim == other.Trim
        && RecordingStatusCallback == other.RecordingStatusCallback
        && RecordingStatusCallbackMethod == other.RecordingStatusCallbackMethod
        && RecordingStatusCallbackEvent == other.RecordingStatusCallbackEvent
        && AnswerOnBridge == other.AnswerOnBridge && HangupOnStar == other.HangupOnStar && RingTone == other.RingTone
        && Nouns.SequenceEqual(other.Nouns);

    public override int GetHashCode() => HashCode.Combine(CallerId, Action, Timeout, Record, Nouns.Count);

    // <Dial>+15551234567</Dial> is the short form of a single <Number>.
    internal static TwimlDial From(XElement element)
    {
        List<TwimlDialNoun> nouns = element.HasElements
            ? [.. element.ChildrenOnly().Select(ReadNoun)]
            : [new TwimlNumber(element.RequiredText())];
        return new(nouns)
        {
            CallerId = element.Optional("callerId"),
            Action = element.Optional("action"),
            Method = element.Optional("method"),
            Timeout = element.OptionalInt("timeout"),
            TimeLimit = element.OptionalInt("timeLimit"),
            Record = element.Optional("record"),
            Trim = element.Optional("trim"),
            RecordingStatusCallback = element.Optional("recordingStatusCallback"),
            RecordingStatusCallbackMethod = element.Optional("recordingStatusCallbackMethod"),
            RecordingStatusCallbackEvent = element.Optional("recordingStatusCallbackEvent"),
            AnswerOnBridge = element.OptionalBool("answerOnBridge"),
            HangupOnStar = element.OptionalBool("hangupOnStar"),
            RingTone = element.Optional("ringTone"),
        };
    }

    private static TwimlDialNoun ReadNoun(XElement noun) => noun.Name.LocalName switch
    {
        "Number" => TwimlNumber.From(noun),
        "Client" => TwimlClient.From(noun),
        "Sip" => TwimlSip.From(noun),
        "Queue" => TwimlQueue.From(noun),
        "Conference" => TwimlConference.From(noun),
        _ => throw TwimlXml.Unsupported(noun, "Dial"),
    };
}
