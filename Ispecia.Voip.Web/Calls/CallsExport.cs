using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;
using Microsoft.AspNetCore.WebUtilities;

namespace Ispecia.Voip.Web.Calls;

/// <summary>GET /calls/export.csv: the Calls page's filters, every matching call, streamed as CSV.</summary>
public static class CallsExport
{
    private const string Path = "/calls/export.csv";

    public static string Url(CallHistoryFilter filter)
    {
        var query = new Dictionary<string, string?>
        {
            ["from"] = filter.From?.ToString("o", CultureInfo.InvariantCulture),
            ["to"] = filter.To?.ToString("o", CultureInfo.InvariantCulture),
            ["direction"] = filter.Direction?.ToString(),
            ["result"] = filter.Result,
            ["agentId"] = filter.AgentUserId,
            ["search"] = filter.Search,
        };
        return QueryHelpers.AddQueryString(Path, query.Where(p => p.Value is not null));
    }

    public static IEndpointRouteBuilder MapCallsExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ExportAsync).RequireAuthorization(Policies.Supervisor).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(
        HttpContext http, ClaimsPrincipal user, CallHistoryService history, TimeProvider clock,
        DateTime? from, DateTime? to, CallDirection? direction, string? result, string? agentId, string? search)
    {
        // Checked before the first byte: once the CSV header is sent, a failure can only abort the download.
        if (result is not null && CallResultFilter.Normalize(result) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["result"] = [$"'{result}' is not a call result; use one of: {string.Join(", ", CallResultFilter.Words)}."],
            });
        }

        var filter = new CallHistoryFilter(new CallViewer(user.FindFirstValue(ClaimTypes.NameIdentifier)!, SeesEveryone: true))
        {
            From = from?.ToUniversalTime(), To = to?.ToUniversalTime(), Direction = direction, Result = result, AgentUserId = agentId, Search = search,
        };
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"calls-{clock.GetUtcNow():yyyy-MM-dd}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, leaveOpen: true);
        await history.WriteCsvAsync(filter, writer, http.RequestAborted);
        return Results.Empty;
    }
}
