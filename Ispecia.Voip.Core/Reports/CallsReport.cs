namespace Ispecia.Voip.Core.Reports;

/// <summary>Everything the reports page shows for one filter: totals, tables and chart series.</summary>
/// <param name="Teams">By team; empty for an agent, who sees only their own figures.</param>
/// <param name="CallsByHourOfDay">24 counts: calls that started in each UTC hour of the day.</param>
/// <param name="BusiestHours">Up to three hours of the day with the most calls, busiest first.</param>
public sealed record CallsReport(
    ReportRange Range,
    ReportFigures Total,
    IReadOnlyList<ReportRow> Teams,
    IReadOnlyList<ReportRow> Agents,
    IReadOnlyList<ReportSeriesPoint> Series,
    IReadOnlyList<long> CallsByHourOfDay,
    IReadOnlyList<int> BusiestHours);
