using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity.Data;

namespace Ispecia.Voip.Web.Security;

/// <summary>
/// Slows password spraying and guessing at /Account/Login and /api/auth/login: sign-in attempts are limited per
/// client address (a global limiter, before the body is read) and per email address (checked by the page and by a
/// filter on /api/auth/login). The per-email limit counts attempts for any address, existing or not, and the answer
/// is the same 429 either way, so it tells nobody whether an account exists. Identity's lockout still applies behind it.
/// </summary>
public sealed class SignInRateLimit : IDisposable
{
    public const string SectionName = "Security:SignIn";
    public const string TooManyMessage = "Too many sign-in attempts. Wait a minute and try again.";

    private readonly PartitionedRateLimiter<string> perAccount;

    public SignInRateLimit(IConfiguration configuration)
    {
        var limits = configuration.GetSection(SectionName).Get<SignInLimits>() ?? new SignInLimits();
        perAccount = PartitionedRateLimiter.Create<string, string>(email => RateLimitPartition.GetFixedWindowLimiter(
            email, _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AttemptsPerAccountPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>True when another attempt for this email may go ahead now.</summary>
    public bool TryAcquireForAccount(string? email)
    {
        using var lease = perAccount.AttemptAcquire((email ?? "").Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => perAccount.Dispose();

    public static IServiceCollection Register(IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(SectionName).Get<SignInLimits>() ?? new SignInLimits();
        services.AddSingleton<SignInRateLimit>();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AttemptsPerClientPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("other"));
        });
    }

    /// <summary>On /api/auth: refuses a login for an email that had too many attempts, before the password is checked.</summary>
    public static async ValueTask<object?> FilterLoginAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var login = context.Arguments.OfType<LoginRequest>().FirstOrDefault();
        if (login is not null && !context.HttpContext.RequestServices.GetRequiredService<SignInRateLimit>().TryAcquireForAccount(login.Email))
        {
            return TypedResults.Problem(TooManyMessage, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts");
        }

        return await next(context);
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase));
}

/// <summary>Security:SignIn: attempts allowed a minute, per client address and per email address.</summary>
public sealed class SignInLimits
{
    public int AttemptsPerClientPerMinute { get; set; } = 20;

    public int AttemptsPerAccountPerMinute { get; set; } = 5;
}
