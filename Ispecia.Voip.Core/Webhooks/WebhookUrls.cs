using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>The absolute URLs Twilio is told to call back, built from the public base URL of the request.</summary>
public sealed record WebhookUrls(string BaseUrl)
{
    public const string Prefix = "/voip/webhook/twilio";

    public string Voice => $"{BaseUrl}{Prefix}/voice";

    public string Status => $"{BaseUrl}{Prefix}/status";

    public string DialAction => $"{BaseUrl}{Prefix}/dial-action";

    public string Recording => $"{BaseUrl}{Prefix}/recording";

    public string VoicemailDone => $"{BaseUrl}{Prefix}/voicemail-done";

    /// <summary>The TwiML a server-initiated call runs once the agent answers: bridge to the number of call <paramref name="callId"/>.</summary>
    public string Bridge(int callId) => $"{BaseUrl}{Prefix}/bridge?callId={callId}";
}
