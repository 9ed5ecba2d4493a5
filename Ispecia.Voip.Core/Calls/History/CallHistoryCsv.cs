using Ispecia.Voip.Core.Calls;

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
    /// Quotes a cell that holds a comma, quote or line break. Text a spreadsheet would run as a formula is defused
    /// with a leading apostrophe and always quoted: a first character of =, +, -, @, tab or CR, also after leading
    /// spaces or line breaks (spreadsheets skip them), except a plain number such as +14155550100 or -5.
    /// </summary>
    public static string Cell(string value)
    {
        if (IsFormula(value))
        {
            return "\"'" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static bool IsFormula(string value)
    {
        if (value.Length > 0 && value[0] is '\t' or '\r')
        {
            return true;
        }

        var text = value.TrimStart();
        return text.Length > 0 && text[0] switch
        {
            '=' or '@' => true,
            '+' or '-' => text.Length == 1 || text.AsSpan(1).ContainsAnyExcept("0123456789") || text.Length != value.Length,
            _ => false,
        };
    }
}
