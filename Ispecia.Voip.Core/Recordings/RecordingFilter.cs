using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;

namespace Ispecia.Voip.Core.Recordings;

/// <summary>
/// Which recordings a list shows: the viewer (agents see only recordings of their own calls) and optional criteria
/// on the recorded call, combined with AND. Search text and paging come with the <see cref="Common.PageQuery"/>.
/// </summary>
public sealed record RecordingFilter(CallViewer Viewer)
{
    /// <summary>Recorded at or after this instant (UTC).</summary>
    public DateTime? From { get; init; }

    /// <summary>Recorded before this instant (UTC, exclusive).</summary>
    public DateTime? To { get; init; }

    public CallDirection? Direction { get; init; }

    public string? AgentUserId { get; init; }
}
