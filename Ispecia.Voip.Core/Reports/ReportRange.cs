namespace Ispecia.Voip.Core.Reports;

/// <summary>
/// The calls a report covers: started at or after <see cref="From"/> and before <see cref="To"/>, whole UTC days
/// (docs/decisions/ADR-019: the app has no per-user time zone, so reports use UTC as the Calls CSV does).
/// </summary>
public sealed record ReportRange(ReportPeriod Period, DateTime From, DateTime To)
{
    /// <summary>The longest custom range: a year and a day, so a chart keeps a readable number of points.</summary>
    public const int MaxDays = 366;

    /// <summary>Up to two days are charted hour by hour, longer ranges day by day.</summary>
    public ReportBucket Bucket => (To - From).TotalDays <= 2 ? ReportBucket.Hour : ReportBucket.Day;

    public int Days => (int)Math.Round((To - From).TotalDays);

    public static ReportRange Today(DateTimeOffset now) => Ending(ReportPeriod.Today, now, 1);

    public static ReportRange Last7Days(DateTimeOffset now) => Ending(ReportPeriod.Last7Days, now, 7);

    public static ReportRange Last30Days(DateTimeOffset now) => Ending(ReportPeriod.Last30Days, now, 30);

    /// <summary>The days <paramref name="first"/> to <paramref name="last"/>, both included; null with a reason when not a range.</summary>
    public static ReportRange? Custom(DateOnly first, DateOnly last, out string? error)
    {
        error = last < first ? "The end date is before the start date."
            : last.DayNumber - first.DayNumber + 1 > MaxDays ? $"Choose at most {MaxDays} days."
            : null;
        return error is null
            ? new ReportRange(ReportPeriod.Custom, first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            : null;
    }

    /// <summary>A preset period, or null for <see cref="ReportPeriod.Custom"/> (which needs dates).</summary>
    public static ReportRange? Preset(ReportPeriod period, DateTimeOffset now) => period switch
    {
        ReportPeriod.Today => Today(now),
        ReportPeriod.Last7Days => Last7Days(now),
        ReportPeriod.Last30Days => Last30Days(now),
        _ => null,
    };

    /// <summary>The start of every chart point, oldest first.</summary>
    public IEnumerable<DateTime> BucketStarts()
    {
        var step = Bucket == ReportBucket.Hour ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        for (var at = From; at < To; at += step)
        {
            yield return at;
        }
    }

    private static ReportRange Ending(ReportPeriod period, DateTimeOffset now, int days)
    {
        var tomorrow = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return new ReportRange(period, tomorrow.AddDays(-days), tomorrow);
    }
}
