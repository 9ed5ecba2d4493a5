namespace Ispecia.Voip.Web.Reports;

/// <summary>How the reports page writes durations, rates and chart labels.</summary>
internal static class ReportFormat
{
    public const string None = "—";

    /// <summary>42 s, 3 m 05 s, 2 h 10 m.</summary>
    public static string Duration(double? seconds)
    {
        if (seconds is not { } s)
        {
            return None;
        }

        var span = TimeSpan.FromSeconds(Math.Round(s));
        return span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes:00} m"
            : span.TotalMinutes >= 1 ? $"{span.Minutes} m {span.Seconds:00} s"
            : $"{span.Seconds} s";
    }

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : None;

    public static string Hour(int hour) => $"{hour:00}:00";

    public static string BucketLabel(DateTime start, Core.Reports.ReportBucket bucket) =>
        bucket == Core.Reports.ReportBucket.Hour ? Hour(start.Hour) : start.ToString("MMM d", CultureInfo.InvariantCulture);
}
