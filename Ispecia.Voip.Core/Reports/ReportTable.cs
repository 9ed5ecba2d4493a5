namespace Ispecia.Voip.Core.Reports;

/// <summary>The tables of a report, each exported as its own CSV.</summary>
public enum ReportTable
{
    Summary,
    Teams,
    Agents,
    Calls,
    Hours,
}
