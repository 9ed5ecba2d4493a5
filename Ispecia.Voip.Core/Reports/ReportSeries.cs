namespace Ispecia.Voip.Core.Reports;

/// <summary>Turns the database's calls per UTC hour into one chart point per hour or day of the range, gaps as zeros.</summary>
internal static class ReportSeries
{
    public static List<ReportSeriesPoint> Build(ReportRange range, IEnumerable<ReportSeriesRow> hours)
    {
        var counts = new Dictionary<(DateTime Start, string Category), long>();
        foreach (var row in hours)
        {
            var at = DateTime.UnixEpoch.AddHours(row.Hour);
            var start = range.Bucket == ReportBucket.Hour ? at : at.Date;
            counts[(start, row.Category)] = counts.GetValueOrDefault((start, row.Category)) + row.Calls;
        }

        long Count(DateTime start, string category) => counts.GetValueOrDefault((start, category));
        return [.. range.BucketStarts().Select(start => new ReportSeriesPoint(
            start,
            Count(start, ReportSql.AnsweredWord),
            Count(start, ReportSql.MissedWord),
            Count(start, ReportSql.AbandonedWord),
            Count(start, ReportSql.OutboundConnectedWord),
            Count(start, ReportSql.OutboundNotConnectedWord),
            Count(start, ReportSql.OtherWord)))];
    }
}
