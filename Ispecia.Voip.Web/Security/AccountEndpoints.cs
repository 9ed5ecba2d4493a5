using Microsoft.AspNetCore.Mvc;

namespace Ispecia.Voip.Web.Security;

public static class AccountEndpoints
{
    /// <summary>
    /// Sign-out for the browser, and /api/auth (Identity's API endpoints) for API clients. Self-registration is
    /// switched off: admins create users, so /api/auth/register answers 404.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Account/Logout", async (SignInManager<AppUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        }).RequireAuthorization();

        app.MapGroup("/api/auth")
            .WithTags("Auth")
            .MapIdentityApi<AppUser>()
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.Path.StartsWithSegments("/api/auth/register")
                    ? TypedResults.Problem("Self-registration is disabled; ask an admin for an account.", statusCode: StatusCodes.Status404NotFound)
                    : await next(context))
            .AddEndpointFilter(new RequiredMembersFilter())
            .AddEndpointFilter(SignInRateLimit.FilterLoginAsync);
        return app;
    }
}
