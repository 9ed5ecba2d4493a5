using System.Text;
using Ispecia.Voip.Core.Reports;
using Ispecia.Voip.Web.Calls;

namespace Ispecia.Voip.Web.Reports;

/// <summary>GET /reports/export.csv?table=...: one table of the reports page as CSV, with the API's authorization.</summary>
public static class ReportsExport
{
    private const string Path = "/reports/export.csv";

    internal static string Url(ReportFilter filter, ReportTable table) =>
        ReportQuery.Url(Path, filter, new Dictionary<string, string?> { ["table"] = table.ToString().ToLowerInvariant() });

    public static IEndpointRouteBuilder MapReportsExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ExportAsync).RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(
        ClaimsPrincipal user, ReportQueryService reports, TimeProvider clock, CancellationToken cancellationToken,
        string? table, string? range, string? from, string? to, string? teamId, string? agentId)
    {
        var query = new QueryValues();
        var which = query.Enum<ReportTable>("table", table ?? nameof(ReportTable.Summary));
        var filter = ReportQuery.Read(query, user.ToCallViewer(), clock.GetUtcNow(), range, from, to, teamId, agentId);
        if (filter is null || which is not { } chosen)
        {
            return query.Problem();
        }

        if (ReportQuery.AsksForOthers(filter))
        {
            return ReportQuery.Forbidden();
        }

        var report = await reports.RunAsync(filter, cancellationToken);
        var name = $"report-{chosen.ToString().ToLowerInvariant()}-{report.Range.From:yyyy-MM-dd}-to-{report.Range.To.AddDays(-1):yyyy-MM-dd}.csv";
        return TypedResults.File(Encoding.UTF8.GetBytes(ReportCsv.Write(report, chosen)), "text/csv; charset=utf-8", name);
    }
}
