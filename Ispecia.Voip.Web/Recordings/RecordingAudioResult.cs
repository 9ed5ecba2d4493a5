using System.Net;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Twilio;
using Microsoft.AspNetCore.Http.Features;

namespace Ispecia.Voip.Web.Recordings;

/// <summary>
/// Writes a recording's media as Twilio answered it (200, 206 with Content-Range, or 416), copying the body to the
/// response as it arrives. Only the headers the browser needs are passed on, so no Twilio URL ever reaches it.
/// The caller registers <see cref="TwilioRecordingMedia"/> for disposal with the response.
/// </summary>
public sealed class RecordingAudioResult(TwilioRecordingMedia media, string contentType, string contentDisposition) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => (int)media.StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = (int)media.StatusCode;
        response.Headers.CacheControl = "no-store";
        if (media.AcceptRanges is { } acceptRanges)
        {
            response.Headers.AcceptRanges = acceptRanges;
        }

        if (media.ContentRange is { } contentRange)
        {
            response.Headers.ContentRange = contentRange;
        }

        if (media.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            // No body: the status-code pages answer with problem details.
            return;
        }

        response.ContentType = contentType;
        response.ContentLength = media.ContentLength;
        response.Headers.ContentDisposition = contentDisposition;
        response.Headers.XContentTypeOptions = "nosniff";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            await media.Content.CopyToAsync(response.Body, httpContext.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The listener closed the player or seeked elsewhere: nothing left to send.
        }
    }
}
