namespace Ispecia.Voip.Core.Reports;

/// <summary>What <see cref="ReportSql.Figures"/> returns per group (columns by name).</summary>
internal sealed class ReportFigureRow
{
    public string? Key { get; set; }

    public long Calls { get; set; }

    public long Inbound { get; set; }

    public long Outbound { get; set; }

    public long Answered { get; set; }

    public long Missed { get; set; }

    public long Abandoned { get; set; }

    public long OutboundConnected { get; set; }

    public double? AverageWait { get; set; }

    public double? AverageTalk { get; set; }

    public double TotalTalk { get; set; }

    public double? AverageWrapUp { get; set; }

    public double? AverageHandle { get; set; }

    public ReportFigures ToFigures(double? p90Wait)
    {
        var offered = Answered + Missed + Abandoned;
        return new ReportFigures(
            Calls, Inbound, Outbound, Answered, Missed, Abandoned, OutboundConnected,
            offered > 0 ? (double)Answered / offered : null,
            Rounded(AverageWait), Rounded(p90Wait), Rounded(AverageTalk), Rounded(TotalTalk) ?? 0, Rounded(AverageWrapUp), Rounded(AverageHandle));
    }

    // Tenths of a second: SQLite's julianday arithmetic is exact to microseconds, not to the last bit.
    private static double? Rounded(double? seconds) => seconds is { } s ? Math.Round(s, 1) : null;
}
