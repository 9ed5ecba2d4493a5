namespace Ispecia.Voip.Core.Reports;

/// <summary>The date ranges the reports page offers.</summary>
public enum ReportPeriod
{
    Today,
    Last7Days,
    Last30Days,
    Custom,
}
