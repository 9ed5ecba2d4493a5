using Microsoft.AspNetCore.Diagnostics;

namespace Ispecia.Voip.Web.Endpoints;

/// <summary>
/// The status page shown for a failed POST is rendered as a GET. Re-executed as a POST, the page would run the
/// form and antiforgery handling of the request that just failed (a logout without its antiforgery token, a form
/// in an unreadable charset) and fail again, turning a 400 into a 500.
/// </summary>
public static class ErrorPagesAsGet
{
    public static IApplicationBuilder UseErrorPagesAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
            if (reExecuted && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
}
