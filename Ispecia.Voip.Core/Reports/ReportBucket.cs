namespace Ispecia.Voip.Core.Reports;

/// <summary>How wide one point of a report's chart is.</summary>
public enum ReportBucket
{
    Hour,
    Day,
}
