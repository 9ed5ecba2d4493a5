using System.Security.Cryptography;

namespace Ispecia.Voip.Load.Harness;

/// <summary>
/// Webhook requests as Twilio sends them: form-encoded, signed with HMAC-SHA1 of the public URL followed by each
/// parameter name and value sorted by name (X-Twilio-Signature).
/// </summary>
public static class TwilioForms
{
    public const string VoicePath = "/voip/webhook/twilio/voice";
    public const string StatusPath = "/voip/webhook/twilio/status";
    public const string FloorPath = "/voip/webhook/twilio/voicemail-done";
    // Made up, like every credential the benchmark gives the app: it never talks to Twilio.
    private static readonly string AccountSid = "AC" + new string('a', 32);

    public static HttpRequestMessage Signed(string path, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", Sign(VoipApp.PublicBaseUrl + path, form));
        return request;
    }

    public static string Sign(string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(VoipApp.AuthToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    /// <summary>A unique CallSid per run and index (34 characters, like Twilio's).</summary>
    public static string CallSid(string run, long index) => "CA" + (run + index.ToString("x", CultureInfo.InvariantCulture)).PadLeft(32, '0')[^32..];

    /// <summary>The browser leg of agent1 calling a US number (Twilio calls the TwiML App's voice URL).</summary>
    public static Dictionary<string, string> OutboundVoice(string callSid, long index) => new()
    {
        ["AccountSid"] = AccountSid,
        ["ApplicationSid"] = "AP" + new string('c', 32),
        ["ApiVersion"] = "2010-04-01",
        ["CallSid"] = callSid,
        ["CallStatus"] = "ringing",
        ["Direction"] = "inbound",
        ["From"] = "client:agent1",
        ["Caller"] = "client:agent1",
        ["To"] = Number("+1212555", index),
    };

    /// <summary>A caller ringing agent1's direct line.</summary>
    public static Dictionary<string, string> InboundVoice(string callSid, long index) => new()
    {
        ["AccountSid"] = AccountSid,
        ["ApiVersion"] = "2010-04-01",
        ["CallSid"] = callSid,
        ["CallStatus"] = "ringing",
        ["Direction"] = "inbound",
        ["From"] = Number("+1646555", index),
        ["Caller"] = Number("+1646555", index),
        ["To"] = VoipApp.Agent1Did,
        ["Called"] = VoipApp.Agent1Did,
    };

    /// <summary>The <paramref name="step"/>th callback of an outbound browser leg: initiated, ringing, in-progress, completed.</summary>
    public static Dictionary<string, string> Status(string callSid, int step)
    {
        string[] statuses = ["initiated", "ringing", "in-progress", "completed"];
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["CallSid"] = callSid,
            ["CallStatus"] = statuses[step],
            ["SequenceNumber"] = step.ToString(CultureInfo.InvariantCulture),
            ["CallbackSource"] = "call-progress-events",
            ["Direction"] = "inbound",
            ["From"] = "client:agent1",
            ["To"] = "+12125550147",
        };
        if (step == 3)
        {
            form["CallDuration"] = "42";
        }

        return form;
    }

    /// <summary>The statuses per call <see cref="Status"/> knows.</summary>
    public const int StatusSteps = 4;

    /// <summary>A fictional number (555-01xx) of the area code, varied by index.</summary>
    private static string Number(string prefix, long index) => prefix + "01" + (index % 100).ToString("00", CultureInfo.InvariantCulture);
}
