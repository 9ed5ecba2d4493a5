using System.Threading.RateLimiting;
using FluentValidation;
using Ispecia.Voip.Core.Calls.Outbound;
using Ispecia.Voip.Core.Webhooks;
using Ispecia.Voip.Web.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Ispecia.Voip.Web.Calls;

/// <summary>POST /api/voip/calls/outbound: a call placed by the server, ringing the agent's browser first.</summary>
public static class OutboundCallsApi
{
    public const string RateLimitPolicy = "outbound-calls";

    public static IServiceCollection AddOutboundCallsRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

    public static IEndpointRouteBuilder MapOutboundCallsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/voip/calls/outbound", StartAsync)
            .RequireAuthorization(Policies.Staff)
            .RequireRateLimiting(RateLimitPolicy)
            .Validate<OutboundCallRequest>()
            .WithName("StartOutboundCall")
            .WithSummary("Places a call from the server: rings the agent's softphone, then dials the number.")
            .WithTags("Calls");
        return app;
    }

    private static async Task<Results<Accepted<IdResponse>, ProblemHttpResult>> StartAsync(
        OutboundCallRequest request, ClaimsPrincipal user, HttpContext http, OutboundCallStarter starter, CallbackOrigin origin)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var result = await starter.StartAsync(userId, request.To, request.ContactId, request.LeadId, origin.Urls, http.RequestAborted);
        return result.Status switch
        {
            OutboundStartStatus.Started => TypedResults.Accepted($"/api/voip/calls/{result.CallId}", new IdResponse(result.CallId!.Value)),
            OutboundStartStatus.Forbidden => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status403Forbidden, title: "No active phone line"),
            OutboundStartStatus.Invalid => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status400BadRequest, title: "This number cannot be called"),
            _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status502BadGateway, title: "Twilio did not place the call"),
        };
    }
}

/// <summary>The number to call and, optionally, the CRM record the call is about.</summary>
public sealed record OutboundCallRequest(string To, int? ContactId, int? LeadId);

public sealed class OutboundCallRequestValidator : AbstractValidator<OutboundCallRequest>
{
    public OutboundCallRequestValidator()
    {
        RuleFor(r => r.To).NotEmpty().WithMessage("Enter the number to call.").MaximumLength(64);
        RuleFor(r => r.ContactId).GreaterThan(0).When(r => r.ContactId is not null);
        RuleFor(r => r.LeadId).GreaterThan(0).When(r => r.LeadId is not null);
    }
}
