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

    /// <summary>The TwiML a held conference participant hears (hold music).</summary>
    public string Hold => $"{BaseUrl}{Prefix}/hold";

    /// <summary>The hold music itself, fetched by Twilio (no secret in it, so unsigned).</summary>
    public string HoldMusic => $"{BaseUrl}/voip/audio/hold-music.wav";

    /// <summary>A call's conference status callback (join, leave, hold, end) for call <paramref name="callId"/>.</summary>
    public string Conference(int callId) => $"{BaseUrl}{Prefix}/conference?callId={callId}";

    /// <summary>A conference recording carries no CallSid, so the URL names the call.</summary>
    public string ConferenceRecording(int callId) => $"{BaseUrl}{Prefix}/conference-recording?callId={callId}";

    /// <summary>Call progress of a leg dialled into call <paramref name="callId"/>'s conference (a transfer that may go unanswered).</summary>
    public string ConferenceLeg(int callId) => $"{BaseUrl}{Prefix}/conference-leg?callId={callId}";

    /// <summary>The TwiML a server-initiated call runs once the agent answers: bridge to the number of call <paramref name="callId"/>.</summary>
    public string Bridge(int callId) => $"{BaseUrl}{Prefix}/bridge?callId={callId}";
}
