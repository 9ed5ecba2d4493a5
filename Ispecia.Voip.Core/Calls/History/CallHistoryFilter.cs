namespace Ispecia.Voip.Core.Calls.History;

/// <summary>
/// Which calls a history list shows. The viewer is part of the filter so no caller can forget it; every other
/// criterion is optional and they combine with AND.
/// </summary>
/// <param name="Viewer">Agents see only their own calls whatever else is asked.</param>
public sealed record CallHistoryFilter(CallViewer Viewer)
{
    public CallDirection? Direction { get; init; }

    /// <summary>One of <see cref="CallResultFilter.Words"/>: the word lists show (completed, missed, busy…).</summary>
    public string? Result { get; init; }

    public string? AgentUserId { get; init; }

    /// <summary>Calls of a team: routed to it, or handled by one of its members.</summary>
    public int? TeamId { get; init; }

    /// <summary>Started at or after this instant (UTC).</summary>
    public DateTime? From { get; init; }

    /// <summary>Started before this instant (UTC, exclusive).</summary>
    public DateTime? To { get; init; }

    /// <summary>Three or more digits match the numbers; other text matches the contact's or lead's name.</summary>
    public string? Search { get; init; }
}
