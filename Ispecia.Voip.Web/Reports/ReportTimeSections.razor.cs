using Ispecia.Voip.Core.Reports;

namespace Ispecia.Voip.Web.Reports;

/// <summary>The chart series of a report's time buckets, in the order and colours the legend shows.</summary>
public sealed partial class ReportTimeSections
{
    // Answered green, missed amber, abandoned red, outbound blue shades, other grey.
    private static readonly StackedBarChartOptions StackedOptions = new()
    {
        ChartPalette = ["#2e7d32", "#f9a825", "#c62828", "#1565c0", "#90caf9", "#9e9e9e"],
        YAxisTitle = "calls",
    };

    private static readonly LineChartOptions RateOptions = new() { ShowLegend = false, YAxisTitle = "%", YAxisSuggestedMax = 100, ConnectNullPoints = true };

    private static readonly BarChartOptions HourOptions = new() { ShowLegend = false, YAxisTitle = "calls" };

    private static readonly string[] HourLabels = [.. Enumerable.Range(0, 24).Select(h => h % 3 == 0 ? h.ToString("00", CultureInfo.InvariantCulture) : "")];

    [Parameter, EditorRequired]
    public CallsReport Report { get; set; } = default!;

    [Parameter, EditorRequired]
    public string CallsExportUrl { get; set; } = "";

    [Parameter, EditorRequired]
    public string HoursExportUrl { get; set; } = "";

    private bool Hourly => Report.Range.Bucket == ReportBucket.Hour;

    private string BucketWord => Hourly ? "hour" : "day";

    private string BucketHeader => Hourly ? "Hour (UTC)" : "Day";

    /// <summary>At most about ten labels (every third hour, every few days), so they never overlap.</summary>
    private string[] Labels
    {
        get
        {
            var step = Math.Max(1, (int)Math.Ceiling(Report.Series.Count / 10.0));
            return [.. Report.Series.Select((p, i) => i % step == 0 ? Label(p) : "")];
        }
    }

    private List<ChartSeries<double>> CallSeries =>
    [
        Series("Answered", p => p.Answered),
        Series("Missed", p => p.Missed),
        Series("Abandoned", p => p.Abandoned),
        Series("Outbound connected", p => p.OutboundConnected),
        Series("Outbound not connected", p => p.OutboundNotConnected),
        Series("Other", p => p.Other),
    ];

    private List<ChartSeries<double>> RateSeries =>
        [new() { Name = "Answer rate (%)", Data = Report.Series.Select(p => p.AnswerRate is { } r ? Math.Round(r * 100, 1) : (double?)null).ToArray() }];

    private List<ChartSeries<double>> HourSeries =>
        [new() { Name = "Calls", Data = Report.CallsByHourOfDay.Select(c => (double)c).ToArray() }];

    /// <summary>The hours that had calls, busiest first.</summary>
    private IEnumerable<int> BusyHours =>
        Enumerable.Range(0, 24).Where(h => Report.CallsByHourOfDay[h] > 0).OrderByDescending(h => Report.CallsByHourOfDay[h]).ThenBy(h => h);

    private string Label(ReportSeriesPoint point) => ReportFormat.BucketLabel(point.Start, Report.Range.Bucket);

    private ChartSeries<double> Series(string name, Func<ReportSeriesPoint, long> value) =>
        new() { Name = name, Data = Report.Series.Select(p => (double)value(p)).ToArray() };
}
