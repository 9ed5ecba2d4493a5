using System.Diagnostics;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator.Protocol;

/// <summary>
/// Posts webhooks to the app as Twilio does: form-encoded, over real HTTP, signed with X-Twilio-Signature over the
/// URL the app will check (its public base URL when set).
/// </summary>
public sealed class WebhookSender(HttpClient http, SimulatorEndpoint endpoint, SimulatorCredentials credentials, SimulatorLog log)
{
    /// <summary>Turns an app path or absolute URL into (URL to sign, URL to send to).</summary>
    public (string Signed, string Target) Resolve(string urlOrPath)
    {
        var publicBase = endpoint.PublicBaseUrl;
        if (urlOrPath.StartsWith('/'))
        {
            return (publicBase + urlOrPath, endpoint.LoopbackBaseUrl + urlOrPath);
        }

        // An absolute URL from TwiML: the app built it from its public base; deliver it over loopback.
        var target = urlOrPath.StartsWith(publicBase, StringComparison.OrdinalIgnoreCase)
            ? endpoint.LoopbackBaseUrl + urlOrPath[publicBase.Length..]
            : urlOrPath;
        return (urlOrPath, target);
    }

    /// <summary>Posts and returns the response body, or null with a logged error (Twilio's 11200).</summary>
    public async Task<string?> PostAsync(string urlOrPath, IReadOnlyDictionary<string, string> form, string? callSid, CancellationToken ct)
    {
        var (signed, target) = Resolve(urlOrPath);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", WebhookSigner.Sign(credentials.AuthToken, signed, form));
        request.Headers.UserAgent.ParseAdd("TwilioProxy/1.1");
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            log.Add(callSid, "webhook", $"POST {PathOf(signed)} -> {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms");
            if (!response.IsSuccessStatusCode)
            {
                log.Add(callSid, "error", $"11200 HTTP retrieval failure: {PathOf(signed)} answered {(int)response.StatusCode}");
                return null;
            }

            return body;
        }
        catch (HttpRequestException ex)
        {
            log.Add(callSid, "error", $"11200 HTTP retrieval failure: {PathOf(signed)}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Posts and parses TwiML; null (logged as 12100) when the answer is not valid TwiML.</summary>
    public async Task<IReadOnlyList<TwimlVerb>?> FetchTwimlAsync(string urlOrPath, IReadOnlyDictionary<string, string> form, string callSid, CancellationToken ct)
    {
        var body = await PostAsync(urlOrPath, form, callSid, ct);
        if (body is null)
        {
            return null;
        }

        try
        {
            var document = TwimlDocument.Parse(body);
            log.Add(callSid, "twiml", Summarize(document.Verbs));
            return document.Verbs;
        }
        catch (TwimlParseException ex)
        {
            log.Add(callSid, "error", $"12100 Document parse failure: {ex.Message}");
            return null;
        }
    }

    private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;

    private static string Summarize(IReadOnlyList<TwimlVerb> verbs) =>
        verbs.Count == 0 ? "<Response/>" : string.Join(" ", verbs.Select(v => $"<{v.GetType().Name.Replace("Twiml", "", StringComparison.Ordinal)}>"));
}
