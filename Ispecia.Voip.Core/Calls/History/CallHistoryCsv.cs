using System.Globalization;

namespace Ispecia.Voip.Core.Calls.History;

/// <summary>Lines of the history CSV export (RFC 4180: comma-separated, quoted when needed, CRLF).</summary>
internal static class CallHistoryCsv
{
    public const string Header =
        "Id,Started (UTC),Direction,Result,From,To,Agent,Contact,Lead,Duration (s),Recording,Outcome,Notes\r\n";

    public static string Line(CallHistoryItem item)
    {
        string[] cells =
        [
            item.Id.ToString(CultureInfo.InvariantCulture),
            item.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            item.Direction.ToString(),
            item.Result,
            item.From,
            item.To,
            item.AgentName ?? "",
            item.ContactName ?? "",
            item.LeadName ?? "",
            item.DurationSeconds.ToString(CultureInfo.InvariantCulture),
            item.HasRecording ? "yes" : "no",
            item.Outcome?.ToString() ?? "",
            item.Notes ?? "",
        ];
        return string.Join(',', cells.Select(Cell)) + "\r\n";
    }

    /// <summary>
    /// Quotes a cell that holds a comma, quote or line break, and defuses text a spreadsheet would run as a formula
    /// (a leading =, @, tab or CR, or + and - unless a number follows, as in +14155550100).
    /// </summary>
    public static string Cell(string value)
    {
        if (IsFormula(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static bool IsFormula(string value) => value.Length > 0 && value[0] switch
    {
        '=' or '@' or '\t' or '\r' => true,
        '+' or '-' => value.Length == 1 || value.AsSpan(1).ContainsAnyExcept("0123456789"),
        _ => false,
    };
}
