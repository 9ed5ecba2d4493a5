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
