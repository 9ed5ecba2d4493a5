using Ispecia.Voip.Core.CallControl;
using Ispecia.Voip.Core.Webhooks;
using Ispecia.Voip.Web.Webhooks;

namespace Ispecia.Voip.Web.CallControl;

/// <summary>
/// What Twilio asks and tells about a call's conference: the hold TwiML, the conference status callback, the progress of
/// legs dialled into it and the conference recording. Signed like every webhook; the hold music itself is a public file.
/// </summary>
public static class CallControlWebhooks
{
    public const string HoldMusicPath = "/voip/audio/hold-music.wav";

    public static IEndpointRouteBuilder MapCallControlWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapSignedWebhooks();
        group.MapPost("/hold", (HttpContext http) => Twiml(ConferenceTwiml.HoldMusic(TwilioSignatureFilter.Urls(http))));
        group.MapPost("/conference", ConferenceAsync);
        group.MapPost("/conference-leg", ConferenceLegAsync);
        group.MapPost("/conference-recording", RecordingAsync);

        // Twilio fetches the music it plays to a held caller; it is the same for everyone and holds no secret.
        app.MapGet(HoldMusicPath, () => Results.File(HoldMusic.Wav, "audio/x-wav"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ConferenceAsync(HttpContext http, ConferenceEventHandler handler, int callId)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new ConferenceEventRequest(
            form.Sid("ConferenceSid"), form.Required("StatusCallbackEvent"), form.Optional("CallSid"), form.Optional("ParticipantLabel"), form.Optional("ReasonConferenceEnded"));
        if (!form.IsValid)
        {
            return TypedResults.ValidationProblem(form.Errors);
        }

        await handler.HandleAsync(callId, request, TwilioSignatureFilter.Urls(http), http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ConferenceLegAsync(HttpContext http, ConferenceEventHandler handler, int callId)
    {
        var form = TwilioSignatureFilter.Form(http);
        var status = form.Status("CallStatus");
        var to = form.Optional("To") ?? "";
        if (!form.IsValid)
        {
            return TypedResults.ValidationProblem(form.Errors);
        }

        await handler.LegEndedAsync(callId, to, status, TwilioSignatureFilter.Urls(http), http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RecordingAsync(HttpContext http, ConferenceEventHandler handler, RecordingCallbackHandler recordings, int callId)
    {
        var form = TwilioSignatureFilter.Form(http);
        var recordingSid = form.Sid("RecordingSid");
        var status = form.Required("RecordingStatus");
        var duration = form.Integer("RecordingDuration") ?? 0;
        var channels = form.Integer("RecordingChannels") ?? 1;
        if (!form.IsValid)
        {
            return TypedResults.ValidationProblem(form.Errors);
        }

        if (await handler.CallSidOfAsync(callId, http.RequestAborted) is not { } callSid)
        {
            return TypedResults.Problem($"Call {callId} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        // Source "DialVerb": a conversation, not a voicemail.
        await recordings.HandleAsync(new RecordingCallbackRequest(callSid, recordingSid, status, duration, channels, "DialVerb"), http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static IResult Twiml(string xml) => TypedResults.Text(xml, "text/xml");
}
