using Ispecia.Voip.Core.Calls.History;

namespace Ispecia.Voip.Core.Reports;

/// <summary>
/// A report's tables as CSV (RFC 4180, quoted and formula-defused like the calls export). They hold names, counts and
/// durations, never a phone number, so there is nothing to mask.
/// </summary>
public static class ReportCsv
{
    private const string FiguresHeader =
        "Name,Calls,Inbound,Outbound,Answered,Missed,Abandoned,Outbound connected,Answer rate (%),Average wait (s),90th percentile wait (s),Average talk (s),Total talk (s),Average wrap-up (s),Average handle (s)";

    public static string Write(CallsReport report, ReportTable table)
    {
        var csv = new StringBuilder();
        switch (table)
        {
            case ReportTable.Summary:
                Line(csv, FiguresHeader);
                Line(csv, Figures("All calls", report.Total));
                break;
            case ReportTable.Teams or ReportTable.Agents:
                Line(csv, FiguresHeader);
                foreach (var row in table == ReportTable.Teams ? report.Teams : report.Agents)
                {
                    Line(csv, Figures(row.Name, row.Figures));
                }

                break;
            case ReportTable.Calls:
                Line(csv, "Start (UTC),Answered,Missed,Abandoned,Outbound connected,Outbound not connected,Other,Total,Answer rate (%)");
                foreach (var point in report.Series)
                {
                    Line(csv, Join(Stamp(point.Start, report.Range.Bucket), N(point.Answered), N(point.Missed), N(point.Abandoned),
                        N(point.OutboundConnected), N(point.OutboundNotConnected), N(point.Other), N(point.Total), Percent(point.AnswerRate)));
                }

                break;
            default:
                Line(csv, "Hour (UTC),Calls");
                for (var hour = 0; hour < report.CallsByHourOfDay.Count; hour++)
                {
                    Line(csv, Join($"{hour:00}:00", N(report.CallsByHourOfDay[hour])));
                }

                break;
        }

        return csv.ToString();
    }

    private static string Figures(string name, ReportFigures f) => Join(
        CallHistoryCsv.Cell(name), N(f.Calls), N(f.Inbound), N(f.Outbound), N(f.Answered), N(f.Missed), N(f.Abandoned), N(f.OutboundConnected),
        Percent(f.AnswerRate), D(f.AverageWaitSeconds), D(f.P90WaitSeconds), D(f.AverageTalkSeconds), D(f.TotalTalkSeconds),
        D(f.AverageWrapUpSeconds), D(f.AverageHandleSeconds));

    private static string Stamp(DateTime start, ReportBucket bucket) =>
        start.ToString(bucket == ReportBucket.Hour ? "yyyy-MM-dd HH:00" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    private static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) : "";

    private static string Join(params string[] cells) => string.Join(',', cells);

    private static void Line(StringBuilder csv, string line) => csv.Append(line).Append("\r\n");
}
