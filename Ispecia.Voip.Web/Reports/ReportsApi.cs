using System.ComponentModel;
using Ispecia.Voip.Core.Reports;
using Ispecia.Voip.Web.Calls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ispecia.Voip.Web.Reports;

/// <summary>/api/voip/reports: the reports page's figures. Agents get their own; asking for others answers 403.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/voip/reports", GetAsync).WithTags("VoIP").RequireAuthorization(Policies.Staff)
            .WithName("GetCallsReport")
            .WithSummary("Calls in and out, answered, missed, abandoned, answer rate, waits, talk and wrap-up, per team and agent, with chart series.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Results<Ok<CallsReport>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("today, 7d (default), 30d or custom (UTC days).")] string? range,
        [Description("First day (yyyy-MM-dd) for range=custom.")] string? from,
        [Description("Last day, included (yyyy-MM-dd), for range=custom.")] string? to,
        [Description("Only this team's calls (supervisors and admins).")] string? teamId,
        [Description("Only this agent's calls (supervisors and admins; agents may pass only their own id).")] string? agentId,
        ClaimsPrincipal user, ReportQueryService reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var query = new QueryValues();
        var filter = ReportQuery.Read(query, user.ToCallViewer(), clock.GetUtcNow(), range, from, to, teamId, agentId);
        if (filter is null)
        {
            return query.Problem();
        }

        if (ReportQuery.AsksForOthers(filter))
        {
            return ReportQuery.Forbidden();
        }

        return TypedResults.Ok(await reports.RunAsync(filter, cancellationToken));
    }
}
