using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Ispecia.Voip.Web.Security;

public static class IdentityRegistration
{
    private const string CookieOrBearer = "CookieOrBearer";

    /// <summary>
    /// Identity with two ways in: the browser's cookie (sign-in page, or /api/auth/login?useCookies=true) and a bearer
    /// token for API clients (/api/auth/login). A request with an Authorization header is judged by its token.
    /// </summary>
    public static IServiceCollection AddVoipIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            // Identity re-checks the cookie every 30 minutes; ours runs on every request (cached) and removes a revoked cookie.
            var identityCheck = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                if (context.Principal is { } principal && !await context.HttpContext.RequestServices.GetRequiredService<SignInCheck>().IsCurrentAsync(principal))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await identityCheck(context);
            };
        });

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // User names are the email addresses the app validates; Identity's default character set refuses
                // valid ones such as o'brien@example.com.
                options.User.AllowedUserNameCharacters = "";
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<VoipDbContext>()
            .AddDefaultTokenProviders()
            .AddApiEndpoints()
            // After AddApiEndpoints, which registers the stock SignInManager and would replace ours.
            .AddSignInManager<VoipSignInManager>();

        // Keys live in the database, so restarts (and other instances) keep users signed in.
        services.AddDataProtection().SetApplicationName("Ispecia.Voip").PersistKeysToDbContext<VoipDbContext>();
        return services;
    }

    /// <summary>
    /// API and hub callers get a status code. Pages: anonymous users go to the sign-in page; signed-in users who
    /// lack the role get a real 403 (rendered by the status-code page), not a redirect.
    /// </summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        // A metrics scraper cannot follow a redirect to the sign-in page either.
        var isApi = path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/voip")
            || path.StartsWithSegments(Operations.OperationsRegistration.MetricsPath);
        if (status == StatusCodes.Status401Unauthorized && !isApi)
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
