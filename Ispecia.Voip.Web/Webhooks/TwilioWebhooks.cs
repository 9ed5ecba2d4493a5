using Ispecia.Voip.Core.Calls.Outbound;
using Ispecia.Voip.Core.Webhooks;
using Ispecia.Voip.Web.Operations;
using Twilio.TwiML;

namespace Ispecia.Voip.Web.Webhooks;

/// <summary>
/// The endpoints Twilio (or the built-in simulator) calls: voice, status, dial-action, recording, and the TwiML
/// steps the app itself points Twilio at (voicemail-done, bridge). All signed, all anonymous otherwise.
/// </summary>
public static class TwilioWebhooks
{
    public static IEndpointRouteBuilder MapTwilioWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapSignedWebhooks();

        group.MapPost("/voice", VoiceAsync);
        group.MapPost("/status", StatusAsync);
        group.MapPost("/dial-action", DialActionAsync);
        group.MapPost("/recording", RecordingAsync);
        group.MapPost("/voicemail-done", () => Twiml(new VoiceResponse().Say("Thank you for your message. Goodbye.").Hangup().ToString()));
        group.MapPost("/bridge", BridgeAsync);
        return app;
    }

    private static async Task<IResult> VoiceAsync(HttpContext http, VoiceWebhookHandler handler)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new VoiceRequest(form.Sid("CallSid"), form.Required("From"), form.Optional("To") ?? "", form.Optional("Direction"), form.All());
        return form.IsValid
            ? Twiml(await handler.HandleAsync(request, TwilioSignatureFilter.Urls(http), http.RequestAborted))
            : TypedResults.ValidationProblem(form.Errors);
    }

    private static async Task<IResult> StatusAsync(HttpContext http, StatusCallbackHandler handler, int? callId)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new StatusCallbackRequest(
            form.Sid("CallSid"),
            form.Status("CallStatus"),
            form.Integer("SequenceNumber"),
            form.Integer("CallDuration"),
            form.Optional("From"),
            form.Optional("To"),
            form.Optional("Direction"),
            form.Optional("ParentCallSid"),
            form.Timestamp("Timestamp"));
        if (!form.IsValid)
        {
            return TypedResults.ValidationProblem(form.Errors);
        }

        await handler.HandleAsync(request, callId, http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> DialActionAsync(HttpContext http, DialActionHandler handler)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new DialActionRequest(form.Sid("CallSid"), form.Status("DialCallStatus"), form.Optional("DialCallSid"), form.Integer("DialCallDuration"));
        return form.IsValid
            ? Twiml(await handler.HandleAsync(request, TwilioSignatureFilter.Urls(http), http.RequestAborted))
            : TypedResults.ValidationProblem(form.Errors);
    }

    private static async Task<IResult> RecordingAsync(HttpContext http, RecordingCallbackHandler handler)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new RecordingCallbackRequest(
            form.Sid("CallSid"),
            form.Sid("RecordingSid"),
            form.Required("RecordingStatus"),
            form.Integer("RecordingDuration") ?? 0,
            form.Integer("RecordingChannels") ?? 1,
            form.Optional("RecordingSource"));
        if (!form.IsValid)
        {
            return TypedResults.ValidationProblem(form.Errors);
        }

        await handler.HandleAsync(request, http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> BridgeAsync(HttpContext http, OutboundCallStarter starter, int callId)
    {
        var form = TwilioSignatureFilter.Form(http);
        var callSid = form.Sid("CallSid");
        return form.IsValid
            ? Twiml(await starter.BridgeAsync(callId, callSid, TwilioSignatureFilter.Urls(http), http.RequestAborted))
            : TypedResults.ValidationProblem(form.Errors);
    }

    /// <summary>The group every Twilio webhook is mapped in: anonymous, counted, and refused unless Twilio signed it.</summary>
    public static RouteGroupBuilder MapSignedWebhooks(this IEndpointRouteBuilder app, string prefix = WebhookUrls.Prefix) =>
        app.MapGroup(prefix)
            .AllowAnonymous()
            .DisableAntiforgery()
            // Outermost, so refused webhooks are counted and timed too.
            .AddEndpointFilter<WebhookMetricsFilter>()
            .AddEndpointFilter<TwilioSignatureFilter>()
            .ExcludeFromDescription();

    /// <summary>TwiML with the media type Twilio's documentation answers with.</summary>
    private static IResult Twiml(string xml) => TypedResults.Text(xml, "text/xml");
}
