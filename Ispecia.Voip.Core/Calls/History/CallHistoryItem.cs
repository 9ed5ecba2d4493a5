using Ispecia.Voip.Core.Accounts;

namespace Ispecia.Voip.Core.Calls.History;

/// <summary>One line of the call history, as the API returns it and the Calls page shows it.</summary>
/// <param name="Result">The one word lists show (<see cref="CallResult"/>).</param>
/// <param name="FromDisplay">The number as people read it; an agent's <c>client:</c> identity as the bare identity.</param>
/// <param name="AgentId">The <see cref="AppUser"/> id of the agent who handled the call.</param>
public sealed record CallHistoryItem(
    int Id,
    string CallSid,
    CallDirection Direction,
    CallStatus Status,
    CallStatus? DialStatus,
    string Result,
    string From,
    string FromDisplay,
    string To,
    string ToDisplay,
    string? AgentId,
    string? AgentName,
    int? ContactId,
    string? ContactName,
    int? LeadId,
    string? LeadName,
    DateTime StartedAt,
    DateTime? AnsweredAt,
    DateTime? EndedAt,
    int DurationSeconds,
    bool HasRecording,
    CallOutcome? Outcome,
    string? Notes);
