namespace Ispecia.Voip.Core.Reports;

/// <summary>A team's or an agent's figures in a report.</summary>
/// <param name="Key">The team id or agent user id; null for calls without one.</param>
public sealed record ReportRow(string? Key, string Name, ReportFigures Figures);
