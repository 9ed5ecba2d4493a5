using System.Threading.RateLimiting;
using Ispecia.Voip.Core.Twilio;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>POST /api/voip/token: the softphone's access token, for users with an active phone line only.</summary>
public static class VoipTokenApi
{
    public const string RateLimitPolicy = "voip-token";
    public const string NoLineMessage = "You have no active phone line. Ask an admin to set up your VoIP account.";

    /// <summary>Ten tokens per user a minute: a softphone asks once an hour, so more means something is wrong.</summary>
    public static IServiceCollection AddVoipTokenRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

    public static IEndpointRouteBuilder MapVoipTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/voip").WithTags("VoIP").RequireAuthorization(Policies.Staff)
            .MapPost("/token", Create)
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("CreateVoipToken")
            .WithSummary("Issues an access token for the browser softphone (Twilio Voice JS SDK).")
            .WithDescription("Only for users with an active VoIP account; the token carries their client identity. Ten requests per user a minute.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<VoipTokenResponse>, ProblemHttpResult>> Create(
        ClaimsPrincipal user, HttpResponse response, SoftphoneLineService lines, AccessTokenGenerator tokens, TelephonyMode mode,
        CancellationToken cancellationToken)
    {
        var line = await lines.FindAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        if (line is not { IsActive: true })
        {
            return TypedResults.Problem(NoLineMessage, statusCode: StatusCodes.Status403Forbidden, title: "No active phone line");
        }

        AccessToken token;
        try
        {
            token = tokens.Create(line.Identity);
        }
        catch (InvalidOperationException e)
        {
            // A missing credential or a bad TTL: the message names the setting, never its value.
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Access tokens cannot be issued");
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new VoipTokenResponse(token.Token, token.Identity, token.ExpiresAt, mode.Name));
    }
}
