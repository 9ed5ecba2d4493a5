using Microsoft.AspNetCore.Diagnostics;

namespace Ispecia.Voip.Web.Endpoints;

/// <summary>
/// Exceptions that are the caller's doing, or a lost race, answered with a 4xx instead of a 500: a request the
/// framework could not bind (in Development binding failures are thrown, not answered), and a save that lost to a
/// concurrent change (a row deleted or a key taken in between). Machine-facing paths get problem details; pages
/// get the status page, with this status.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <summary>The status an exception stands for; the exception handler's status-code selector uses it too.</summary>
    public static int StatusFor(Exception exception) => exception switch
    {
        FluentValidation.ValidationException => StatusCodes.Status400BadRequest,
        BadHttpRequestException bad => bad.StatusCode,
        DbUpdateException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the request path is the error page's; the feature keeps the one that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        var status = StatusFor(exception);
        if (status >= 500 || exception is FluentValidation.ValidationException || !DependencyInjection.IsMachineFacing(path))
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = exception is DbUpdateException
                ? new() { Status = status, Title = "Changed at the same moment", Detail = "Another request changed the same data at the same moment. Nothing was saved; try again." }
                // The framework's own message names the parameter or the body problem; it holds no data of ours.
                : new() { Status = status, Title = "The request is not valid", Detail = exception.Message },
        });
    }
}
