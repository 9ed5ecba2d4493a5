namespace Ispecia.Voip.Core.Calls;

/// <summary>A line of the softphone's Recent Calls: direction, result word, who, when, how long.</summary>
public sealed record AgentCallRow(
    int Id,
    string CallSid,
    CallDirection Direction,
    string Result,
    string PeerNumber,
    string PeerDisplay,
    string? PeerName,
    int? ContactId,
    int? LeadId,
    DateTime StartedAt,
    int DurationSeconds,
    CallOutcome? Outcome,
    string? Notes);
