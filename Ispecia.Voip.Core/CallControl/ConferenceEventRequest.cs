namespace Ispecia.Voip.Core.CallControl;

/// <summary>A conference status callback: conference-start/end, participant-join/leave/hold/unhold.</summary>
public sealed record ConferenceEventRequest(string ConferenceSid, string Event, string? CallSid, string? ParticipantLabel, string? ReasonEnded);
