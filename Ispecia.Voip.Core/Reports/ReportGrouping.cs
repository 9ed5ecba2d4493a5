namespace Ispecia.Voip.Core.Reports;

/// <summary>How report rows are keyed: one total, per agent, or per team.</summary>
internal sealed record ReportGrouping(string Key, string Join, string GroupBy, string Partition)
{
    public static ReportGrouping Total { get; } = new("CAST(NULL AS text)", "", "", "");

    public static ReportGrouping ByAgent { get; } = new("c.\"AgentUserId\"", "", "GROUP BY c.\"AgentUserId\"", "PARTITION BY c.\"AgentUserId\"");

    /// <summary>
    /// The team a call was routed to, else each team its agent belongs to: an outbound call counts for the agent's
    /// teams (in each of them when the agent is in several).
    /// </summary>
    public static ReportGrouping ByTeam { get; } = new(
        TeamKey,
        "LEFT JOIN \"TeamMembers\" AS m ON c.\"TeamId\" IS NULL AND m.\"UserId\" = c.\"AgentUserId\"",
        $"GROUP BY {TeamKey}",
        $"PARTITION BY {TeamKey}");

    private const string TeamKey = "CAST(COALESCE(c.\"TeamId\", m.\"TeamId\") AS text)";
}
