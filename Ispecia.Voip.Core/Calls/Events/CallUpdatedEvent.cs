namespace Ispecia.Voip.Core.Calls.Events;

/// <summary>A call's state as lists and the softphone show it after a webhook changed it.</summary>
public sealed record CallUpdatedEvent(
    int CallId,
    string CallSid,
    CallDirection Direction,
    CallStatus Status,
    CallStatus? DialStatus,
    int DurationSeconds,
    bool IsMissed,
    bool HasVoicemail);
