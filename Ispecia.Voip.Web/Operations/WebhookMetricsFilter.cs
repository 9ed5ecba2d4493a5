using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// Outermost filter of the webhook group: counts each webhook by type (voice, status, dial-action...) and result,
/// and times it, refusals by the signature filter included.
/// </summary>
public sealed class WebhookMetricsFilter(VoipMetrics metrics, TimeProvider clock) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = clock.GetTimestamp();
        var type = TypeOf(context.HttpContext.GetEndpoint());
        try
        {
            var result = await next(context);
            metrics.WebhookAnswered(type, ResultOf(result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK), clock.GetElapsedTime(started));
            return result;
        }
        catch (Exception ex)
        {
            metrics.WebhookAnswered(type, ResultOf(BadRequestExceptionHandler.StatusFor(ex)), clock.GetElapsedTime(started));
            throw;
        }
    }

    /// <summary>The route's last segment: a fixed set, so the tag cannot grow with what callers send.</summary>
    public static string TypeOf(Endpoint? endpoint) =>
        endpoint is RouteEndpoint { RoutePattern: RoutePattern pattern } ? pattern.RawText?.Split('/')[^1] ?? "unknown" : "unknown";

    public static string ResultOf(int status) => status switch
    {
        < 400 => "accepted",
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "rejected",
        < 500 => "invalid",
        _ => "failed",
    };
}
