using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Calls.History;

/// <summary>One call with everything its detail view shows: the history line, why it failed, its timeline and recordings.</summary>
public sealed record CallDetail(
    CallHistoryItem Call,
    string? TeamName,
    string? FailureReason,
    IReadOnlyList<CallTimelineEntry> Timeline,
    IReadOnlyList<CallRecordingItem> Recordings);
