using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Reports;
using Microsoft.AspNetCore.WebUtilities;

namespace Ispecia.Voip.Web.Reports;

/// <summary>
/// A report's filter in a query string (range=today|7d|30d|custom, from and to as yyyy-MM-dd for custom, teamId,
/// agentId): read by the API and the export, written by the page's export links.
/// </summary>
internal static class ReportQuery
{
    public const string OthersMessage = "Agents see only their own figures; leave teamId and agentId out, or pass your own id.";

    private static readonly (string Word, ReportPeriod Period)[] Words =
        [("today", ReportPeriod.Today), ("7d", ReportPeriod.Last7Days), ("30d", ReportPeriod.Last30Days), ("custom", ReportPeriod.Custom)];

    public static string Word(ReportPeriod period) => Words.First(w => w.Period == period).Word;

    /// <summary>The query string of <paramref name="filter"/>, after <paramref name="path"/>.</summary>
    public static string Url(string path, ReportFilter filter, IDictionary<string, string?>? extra = null)
    {
        var range = filter.Range;
        var query = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
        {
            ["range"] = Word(range.Period),
            ["from"] = range.Period == ReportPeriod.Custom ? Day(range.From) : null,
            ["to"] = range.Period == ReportPeriod.Custom ? Day(range.To.AddDays(-1)) : null,
            ["teamId"] = filter.TeamId?.ToString(CultureInfo.InvariantCulture),
            ["agentId"] = filter.AgentUserId,
        };
        return QueryHelpers.AddQueryString(path, query.Where(p => p.Value is not null));
    }

    /// <summary>The filter the values ask for, or null with the problems in <paramref name="query"/>.</summary>
    public static ReportFilter? Read(
        QueryValues query, CallViewer viewer, DateTimeOffset now, string? range, string? from, string? to, string? teamId, string? agentId)
    {
        var word = query.Word("range", range ?? "7d", [.. Words.Select(w => w.Word)]);
        var team = string.IsNullOrWhiteSpace(teamId) ? (int?)null : query.Int("teamId", teamId, 0, 1, int.MaxValue);
        var agent = query.Text("agentId", agentId, 450);
        var period = Words.FirstOrDefault(w => w.Word == word).Period;
        ReportRange? dates = null;
        if (word is null)
        {
            return null;
        }

        if (period == ReportPeriod.Custom)
        {
            var (first, last) = (Date(query, "from", from), Date(query, "to", to));
            if (first is { } f && last is { } l)
            {
                dates = ReportRange.Custom(f, l, out var error);
                if (error is not null)
                {
                    query.Fail("to", error);
                }
            }
        }
        else
        {
            dates = ReportRange.Preset(period, now);
        }

        return query.HasErrors || dates is null ? null : new ReportFilter(viewer, dates) { TeamId = team, AgentUserId = agent };
    }

    /// <summary>The answer to an agent asking for others' figures.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden() =>
        TypedResults.Problem(OthersMessage, statusCode: StatusCodes.Status403Forbidden, title: "Not your figures");

    /// <summary>True when an agent asks for a team or for another agent's figures.</summary>
    public static bool AsksForOthers(ReportFilter filter) =>
        !filter.Viewer.SeesEveryone && (filter.TeamId is not null || (filter.AgentUserId is { } agent && agent != filter.Viewer.UserId));

    private static DateOnly? Date(QueryValues query, string name, string? value)
    {
        if (DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        query.Fail(name, $"{name} must be a date such as 2026-11-24 when range is custom.");
        return null;
    }

    private static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
