using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;

namespace Ispecia.Voip.Web.Calls;

/// <summary>GET /api/voip/calls/{id}: the call as history shows it, its timeline (oldest first) and its recordings.</summary>
public sealed record CallDetailResponse(
    CallHistoryItem Call,
    string? TeamName,
    string? FailureReason,
    IReadOnlyList<CallTimelineEntry> Timeline,
    IReadOnlyList<CallRecordingLink> Recordings)
{
    public static CallDetailResponse From(CallDetail detail, PathString pathBase) => new(
        detail.Call, detail.TeamName, detail.FailureReason, detail.Timeline,
        [.. detail.Recordings.Select(r => CallRecordingLink.From(r, pathBase))]);
}
