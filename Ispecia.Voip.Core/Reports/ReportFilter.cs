using Ispecia.Voip.Core.Calls.History;

namespace Ispecia.Voip.Core.Reports;

/// <summary>
/// What a report covers. The viewer is part of it so no caller can forget it: for an agent the service reports on
/// their own calls only, whatever team or agent is asked (<see cref="Effective"/>).
/// </summary>
public sealed record ReportFilter(CallViewer Viewer, ReportRange Range)
{
    /// <summary>Calls of a team: routed to it, or handled by one of its members (as in call history).</summary>
    public int? TeamId { get; init; }

    public string? AgentUserId { get; init; }

    /// <summary>The filter the database sees: an agent's own id, and no team, for viewers who see only themselves.</summary>
    public ReportFilter Effective() => Viewer.SeesEveryone ? this : this with { TeamId = null, AgentUserId = Viewer.UserId };
}
