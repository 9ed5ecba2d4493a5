namespace Ispecia.Voip.Core.Calls;

public enum CallDirection
{
    Inbound,
    Outbound,
}

/// <summary>Twilio's call statuses, plus the outcome words the product shows (missed, voicemail).</summary>
public enum CallStatus
{
    Queued,
    Initiated,
    Ringing,
    InProgress,
    Completed,
    Busy,
    NoAnswer,
    Failed,
    Canceled,
}

/// <summary>What the agent recorded at wrap-up.</summary>
public enum CallOutcome
{
    Interested,
    CallBack,
    NoInterest,
    WrongNumber,
    VoicemailLeft,
    Other,
}

/// <summary>What happened to a call from the agent's point of view: <see cref="CallResult"/>'s words, as stored.</summary>
public enum CallResultKind
{
    Completed,
    Missed,
    Voicemail,
    Busy,
    NoAnswer,
    Failed,
    Canceled,
    InProgress,
    Ringing,
}
