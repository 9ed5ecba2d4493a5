using System.ComponentModel;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ispecia.Voip.Web.Calls;

/// <summary>/api/voip/calls: call history and one call's details. Agents see their own calls, supervisors and admins everyone's.</summary>
public static class CallHistoryApi
{
    public const string OthersCallsMessage = "Agents see only their own calls; leave agentId out or pass your own id.";

    public static IEndpointRouteBuilder MapCallHistoryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voip/calls").WithTags("VoIP").RequireAuthorization(Policies.Staff);
        group.MapGet("/history", History)
            .WithName("GetCallHistory")
            .WithSummary("Calls, newest first, filtered and paged with an opaque cursor.")
            .WithDescription("Pass nextCursor from a page as cursor to get the next; it is null on the last page.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:int}", Get)
            .WithName("GetCall")
            .WithSummary("One call with its timeline, contact or lead, wrap-up and recordings.");
        return app;
    }

    private static async Task<Results<Ok<CallHistoryPage>, ValidationProblem, ProblemHttpResult>> History(
        [Description("inbound or outbound.")] string? direction,
        [Description("The result word: completed, missed, voicemail, busy, no-answer, failed, canceled, in-progress, ringing.")] string? status,
        [Description("Only this agent's calls (supervisors and admins; agents may pass only their own id).")] string? agentId,
        [Description("Started at or after: a date (2026-11-24, UTC) or an instant (2026-11-24T09:30:00Z).")] string? from,
        [Description("Started before: an instant, or a date meaning the end of that day.")] string? to,
        [Description("nextCursor of the previous page.")] string? cursor,
        [Description("Calls per page, 1 to 100; default 25.")] string? limit,
        ClaimsPrincipal user,
        CallHistoryService history,
        CancellationToken cancellationToken)
    {
        var viewer = user.ToCallViewer();
        var query = new QueryValues();
        var filter = new CallHistoryFilter(viewer)
        {
            Direction = query.Enum<CallDirection>("direction", direction),
            Result = query.Word("status", status, CallResultFilter.Words),
            AgentUserId = query.Text("agentId", agentId, 450),
            From = query.Date("from", from, endOfRange: false),
            To = query.Date("to", to, endOfRange: true),
        };
        query.Range("from", filter.From, "to", filter.To);
        CallHistoryCursor? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (CallHistoryCursor.TryParse(cursor, out var parsed))
            {
                after = parsed;
            }
            else
            {
                query.Fail("cursor", "The cursor is not valid; pass nextCursor from the previous page unchanged.");
            }
        }

        var size = query.Int("limit", limit, CallHistoryService.DefaultLimit, 1, CallHistoryService.MaxLimit);
        if (query.HasErrors)
        {
            return query.Problem();
        }

        if (filter.AgentUserId is { } agent && !viewer.MaySee(agent))
        {
            return TypedResults.Problem(OthersCallsMessage, statusCode: StatusCodes.Status403Forbidden, title: "Not your calls");
        }

        return TypedResults.Ok(await history.PageAsync(filter, after, size, cancellationToken));
    }

    private static async Task<Results<Ok<CallDetailResponse>, NotFound>> Get(
        int id, ClaimsPrincipal user, HttpRequest request, CallHistoryService history, CancellationToken cancellationToken)
    {
        // Another agent's call answers 404, as if it did not exist: its id tells nothing.
        var detail = await history.FindAsync(user.ToCallViewer(), id, cancellationToken);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(CallDetailResponse.From(detail, request.PathBase));
    }
}
