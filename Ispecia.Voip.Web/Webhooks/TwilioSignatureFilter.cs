using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Core.Webhooks;
using Microsoft.AspNetCore.Http.Features;

namespace Ispecia.Voip.Web.Webhooks;

/// <summary>
/// Runs before every webhook: bounded form reading, then the X-Twilio-Signature check against the URL Twilio
/// requested (Voip:PublicBaseUrl + path + query, else the request as a trusted proxy forwarded it). A missing or wrong
/// signature gets 403 and the handler never runs, so nothing is written.
/// </summary>
public sealed class TwilioSignatureFilter(
    IOptions<TwilioOptions> twilio,
    IOptions<VoipOptions> voip,
    CallbackOrigin origin,
    WebhookLog log,
    TimeProvider clock,
    ILogger<TwilioSignatureFilter> logger) : IEndpointFilter
{
    public const long MaxBodyBytes = 64 * 1024;
    private const string FormKey = "voip.twilio-form";
    private const string UrlsKey = "voip.webhook-urls";

    private static readonly FormOptions Limits = new()
    {
        BufferBodyLengthLimit = MaxBodyBytes,
        ValueCountLimit = 200,
        KeyLengthLimit = 256,
        ValueLengthLimit = 8 * 1024,
        MultipartBodyLengthLimit = MaxBodyBytes,
    };

    public static TwilioForm Form(HttpContext context) => (TwilioForm)context.Items[FormKey]!;

    public static WebhookUrls Urls(HttpContext context) => (WebhookUrls)context.Items[UrlsKey]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return Refuse(http, "", StatusCodes.Status413PayloadTooLarge, "Request too large", $"Webhook bodies are limited to {MaxBodyBytes / 1024} KB.");
        }

        if (!request.HasFormContentType)
        {
            return Refuse(http, "", StatusCodes.Status415UnsupportedMediaType, "Form expected", "Twilio webhooks are application/x-www-form-urlencoded.");
        }

        IFormCollection form;
        try
        {
            form = await new FormFeature(request, Limits).ReadFormAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Refuse(http, "", StatusCodes.Status400BadRequest, "Unreadable form", ex.Message);
        }

        // Scheme and host as the forwarded-headers middleware left them: X-Forwarded-* count only from configured proxies
        // (ProxyTrust). With Voip:PublicBaseUrl set (always in Twilio mode) neither is used.
        var url = PublicUrl.Build(voip.Value.PublicBaseUrl, request.Scheme, request.Host.Value ?? "", request.PathBase, request.Path, request.QueryString.Value ?? "");
        var fields = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")));
        var signature = request.Headers["X-Twilio-Signature"].ToString();
        if (twilio.Value.ValidateSignatures && !WebhookSignature.IsValid(twilio.Value.AuthToken, url, fields, signature))
        {
            logger.LogWarning("Rejected a webhook to {Path}: {Problem}", request.Path, signature.Length == 0 ? "no signature" : "wrong signature");
            return Refuse(http, url, StatusCodes.Status403Forbidden, "Invalid Twilio signature",
                "The X-Twilio-Signature header does not match this request. Check Twilio:AuthToken and Voip:PublicBaseUrl (behind a proxy, the URL Twilio calls must be the one the app sees).");
        }

        http.Items[FormKey] = new TwilioForm(form);
        http.Items[UrlsKey] = origin.Urls;
        var result = await next(context);
        log.Add(new WebhookLogItem(clock.GetUtcNow(), request.Path, url, StatusCodes.Status200OK, true, form["CallSid"].ToString(), "Accepted"));
        return result;
    }

    private IResult Refuse(HttpContext http, string url, int status, string title, string detail)
    {
        log.Add(new WebhookLogItem(clock.GetUtcNow(), http.Request.Path, url, status, status != StatusCodes.Status403Forbidden, null, detail));
        return TypedResults.Problem(detail, statusCode: status, title: title);
    }
}
