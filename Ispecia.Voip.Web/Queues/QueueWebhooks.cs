using Ispecia.Voip.Core.Webhooks;
using Ispecia.Voip.Web.Operations;
using Ispecia.Voip.Web.Webhooks;

namespace Ispecia.Voip.Web.Queues;

/// <summary>
/// The queue callbacks the app points Twilio at (wait, result, bridged, offer, offer-status): signed like every webhook.
/// The query names the queue, the call and the agent; Twilio signs the whole URL, so nobody can change them on the way.
/// </summary>
public static class QueueWebhooks
{
    private const int MaxUserIdLength = 64;

    public static IEndpointRouteBuilder MapQueueWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapSignedWebhooks(QueueUrls.Prefix);
        group.MapPost("/wait", WaitAsync);
        group.MapPost("/result", ResultAsync);
        group.MapPost("/bridged", BridgedAsync);
        group.MapPost("/offer", Offer);
        group.MapPost("/offer-status", OfferStatusAsync);
        return app;
    }

    private static async Task<IResult> WaitAsync(HttpContext http, QueueWaitHandler handler, int queueId, int callId)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new QueueWaitRequest(queueId, callId, form.Sid("CallSid"), form.Optional("QueueSid"));
        return form.IsValid ? Twiml(await handler.HandleAsync(request, TwilioSignatureFilter.Urls(http), http.RequestAborted)) : TypedResults.ValidationProblem(form.Errors);
    }

    private static async Task<IResult> ResultAsync(HttpContext http, QueueResultHandler handler, int queueId, int callId)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new QueueResultRequest(queueId, callId, form.Sid("CallSid"), form.Required("QueueResult"), form.Integer("QueueTime"));
        return form.IsValid ? Twiml(await handler.HandleAsync(request, TwilioSignatureFilter.Urls(http), http.RequestAborted)) : TypedResults.ValidationProblem(form.Errors);
    }

    private static async Task<IResult> BridgedAsync(HttpContext http, QueueBridgedHandler handler, int queueId, string agent)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new QueueBridgedRequest(queueId, agent, form.Sid("CallSid"), form.Optional("DequeingCallSid"), form.Integer("QueueTime"));
        return form.IsValid && agent.Length <= MaxUserIdLength
            ? Twiml(await handler.HandleAsync(request, http.RequestAborted))
            : TypedResults.ValidationProblem(Errors(form, agent));
    }

    /// <summary>A rung member answered: their leg takes the front caller.</summary>
    private static IResult Offer(HttpContext http, int queueId, string agent)
    {
        var form = TwilioSignatureFilter.Form(http);
        form.Sid("CallSid");
        return form.IsValid && agent.Length <= MaxUserIdLength
            ? Twiml(QueueTwiml.TakeFront(queueId, agent, TwilioSignatureFilter.Urls(http), action: null))
            : TypedResults.ValidationProblem(Errors(form, agent));
    }

    private static async Task<IResult> OfferStatusAsync(HttpContext http, QueueOffers offers, int queueId, int callId, string agent)
    {
        var form = TwilioSignatureFilter.Form(http);
        var request = new QueueOfferStatusRequest(queueId, callId, agent, form.Sid("CallSid"), form.Status("CallStatus"));
        if (!form.IsValid || agent.Length > MaxUserIdLength)
        {
            return TypedResults.ValidationProblem(Errors(form, agent));
        }

        await offers.RingEndedAsync(request, http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static IDictionary<string, string[]> Errors(TwilioForm form, string agent) =>
        agent.Length > MaxUserIdLength
            ? new Dictionary<string, string[]>(form.Errors) { ["agent"] = ["agent is not a user id."] }
            : new Dictionary<string, string[]>(form.Errors);

    private static IResult Twiml(string xml) => TypedResults.Text(xml, "text/xml");
}
