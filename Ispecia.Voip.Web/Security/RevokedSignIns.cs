using Microsoft.AspNetCore.Authentication;

namespace Ispecia.Voip.Web.Security;

/// <summary>
/// Right after authentication, on every request: a bearer token or cookie whose user was deactivated or given a new
/// role or password since it was issued counts as no sign-in at all, so the request gets 401 (API, hub) or the sign-in
/// page. Bearer tokens have no other per-request check; cookies would otherwise wait for Identity's 30-minute one.
/// </summary>
public static class RevokedSignIns
{
    public static IApplicationBuilder UseRevokedSignInCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!await context.RequestServices.GetRequiredService<SignInCheck>().IsCurrentAsync(context.User, ct: context.RequestAborted))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            // Authorization reads this result: a failure makes it challenge (401), not forbid (403).
            context.Features.Set<IAuthenticateResultFeature>(new Revoked());
        }

        await next(context);
    });

    private sealed class Revoked : IAuthenticateResultFeature
    {
        public AuthenticateResult? AuthenticateResult { get; set; } = AuthenticateResult.Fail("This sign-in was revoked: sign in again.");
    }
}
