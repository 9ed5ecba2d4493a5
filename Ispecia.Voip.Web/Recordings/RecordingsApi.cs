using System.ComponentModel;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Recordings;
using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Web.Calls;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Ispecia.Voip.Web.Recordings;

/// <summary>
/// /api/voip/recordings: the list, the audio streamed from Twilio through the app (HTTP Range supported), and
/// deletion (admins). Agents see and hear only recordings of their own calls.
/// </summary>
public static class RecordingsApi
{
    private const string LoggerName = "Ispecia.Voip.Web.Recordings.RecordingsApi";
    private const int MaxRangeLength = 200;

    public static IEndpointRouteBuilder MapRecordingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/voip/recordings").WithTags("VoIP").RequireAuthorization(Policies.Staff);
        group.MapGet("/", List)
            .WithName("GetRecordings")
            .WithSummary("Recordings, newest first, with their call's direction, agent, contact or lead, numbers and duration.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:int}/audio", Audio)
            .WithName("GetRecordingAudio")
            .WithSummary("The recording's audio as MP3 or WAV, streamed from Twilio; send Range to seek.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "audio/mpeg", "audio/wav")
            .Produces(StatusCodes.Status206PartialContent, typeof(Stream), "audio/mpeg", "audio/wav")
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        group.MapDelete("/{id:int}", Delete)
            .RequireAuthorization(Policies.Admin)
            .WithName("DeleteRecording")
            .WithSummary("Deletes the recording at Twilio, then here (admins).")
            .ProducesProblem(StatusCodes.Status502BadGateway);
        return app;
    }

    private static async Task<Results<Ok<PagedResult<RecordingRow>>, ValidationProblem, ProblemHttpResult>> List(
        [Description("Recorded at or after: a date (2026-11-24, UTC) or an instant.")] string? from,
        [Description("Recorded before: an instant, or a date meaning the end of that day.")] string? to,
        [Description("inbound or outbound.")] string? direction,
        [Description("Only this agent's recordings (agents may pass only their own id).")] string? agentId,
        [Description("Contact, lead or agent name, or part of a number.")] string? search,
        [Description("Zero-based page index; default 0.")] string? page,
        [Description("Recordings per page, 1 to 200; default 25.")] string? pageSize,
        ClaimsPrincipal user,
        RecordingService recordings,
        CancellationToken cancellationToken)
    {
        var viewer = user.ToCallViewer();
        var query = new QueryValues();
        var filter = new RecordingFilter(viewer)
        {
            From = query.Date("from", from, endOfRange: false),
            To = query.Date("to", to, endOfRange: true),
            Direction = query.Enum<CallDirection>("direction", direction),
            AgentUserId = query.Text("agentId", agentId, 450),
        };
        query.Range("from", filter.From, "to", filter.To);
        var pageQuery = new PageQuery(
            query.Text("search", search, 100),
            query.Int("page", page, 0, 0, 100_000),
            query.Int("pageSize", pageSize, 25, 1, PageQuery.MaxPageSize));
        if (query.HasErrors)
        {
            return query.Problem();
        }

        if (filter.AgentUserId is { } agent && !viewer.MaySee(agent))
        {
            return TypedResults.Problem("Agents see only their own recordings; leave agentId out or pass your own id.",
                statusCode: StatusCodes.Status403Forbidden, title: "Not your recordings");
        }

        return TypedResults.Ok(await recordings.ListAsync(filter, pageQuery, cancellationToken));
    }

    private static async Task<Results<RecordingAudioResult, NotFound, ValidationProblem, ProblemHttpResult>> Audio(
        int id,
        [Description("mp3 (default) or wav.")] string? format,
        [Description("true to download as a file instead of playing in the browser.")] string? download,
        ClaimsPrincipal user,
        HttpContext httpContext,
        RecordingService recordings,
        RecordingMediaClient twilio,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var query = new QueryValues();
        var mediaFormat = query.Enum<RecordingMediaFormat>("format", format) ?? RecordingMediaFormat.Mp3;
        var attachment = query.Bool("download", download, fallback: false);
        if (query.HasErrors)
        {
            return query.Problem();
        }

        var file = await recordings.FindFileAsync(user.ToCallViewer(), id, cancellationToken);
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        TwilioRecordingMedia media;
        try
        {
            media = await twilio.OpenAsync(file.RecordingSid, mediaFormat, RangeOf(httpContext.Request), cancellationToken);
        }
        catch (Exception e) when (TwilioFailure.IsNotFound(e))
        {
            return TypedResults.Problem("Twilio no longer has this recording's audio.", statusCode: StatusCodes.Status404NotFound, title: "Recording not found");
        }
        catch (Exception e) when (IsTwilioFailure(e, cancellationToken))
        {
            loggers.CreateLogger(LoggerName).LogWarning(e, "Twilio did not deliver the audio of recording {RecordingId}", id);
            return TypedResults.Problem("Twilio did not deliver the recording. Try again in a moment; if it keeps failing, check the Twilio settings on the Setup page.",
                statusCode: StatusCodes.Status502BadGateway, title: "Twilio did not deliver the recording");
        }

        httpContext.Response.RegisterForDisposeAsync(media);
        var disposition = new ContentDispositionHeaderValue(attachment ? "attachment" : "inline") { FileName = file.FileName(mediaFormat) };
        return new RecordingAudioResult(media, mediaFormat == RecordingMediaFormat.Wav ? "audio/wav" : "audio/mpeg", disposition.ToString());
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(
        int id, RecordingService recordings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            return await recordings.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        catch (Exception e) when (IsTwilioFailure(e, cancellationToken))
        {
            loggers.CreateLogger(LoggerName).LogWarning(e, "Twilio did not delete recording {RecordingId}", id);
            return TypedResults.Problem("Twilio did not delete the recording, so it was kept. Try again in a moment.",
                statusCode: StatusCodes.Status502BadGateway, title: "Twilio did not delete the recording");
        }
    }

    /// <summary>A byte range as the browser asked for it; anything else is ignored, as HTTP allows.</summary>
    private static string? RangeOf(HttpRequest request)
    {
        var range = request.Headers.Range.ToString();
        return range.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase) && range.Length <= MaxRangeLength ? range : null;
    }

    private static bool IsTwilioFailure(Exception e, CancellationToken requestAborted) =>
        TwilioFailure.IsTwilioFailure(e) && !requestAborted.IsCancellationRequested;
}
