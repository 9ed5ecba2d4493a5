namespace Ispecia.Voip.Core.Reports;

/// <summary>Calls of one UTC hour and chart word, as <see cref="ReportSql.Series"/> returns them.</summary>
internal sealed class ReportSeriesRow
{
    public long Hour { get; set; }

    public string Category { get; set; } = "";

    public long Calls { get; set; }
}
