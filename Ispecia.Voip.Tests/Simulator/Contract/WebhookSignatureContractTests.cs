namespace Ispecia.Voip.Tests.Simulator.Contract;

/// <summary>
/// Every webhook the simulator signs must pass the app's check, which is the official library's RequestValidator, for
/// every URL shape the simulator posts; and a one-character change anywhere must fail it.
/// </summary>
public sealed class WebhookSignatureContractTests
{
    private const string AuthToken = "9f2c4d1e0b7a45c3a8e6d2f1b0c9e8a7";

    private static readonly KeyValuePair<string, string>[] Form =
    [
        new("AccountSid", "AC" + new string('a', 32)),
        new("CallSid", "CA" + new string('b', 32)),
        new("CallStatus", "ringing"),
        new("From", "+12125550100"),
        new("To", "+14155550101"),
        new("Direction", "inbound"),
        new("CallerName", "O'Brien & Söhne <GmbH>"),
        new("SequenceNumber", "0"),
    ];

    /// <summary>The URL shapes the simulator posts to: loopback with a port, a public base with and without a port or path base, queries and escapes.</summary>
    public static TheoryData<string> UrlShapes =>
    [
        "http://127.0.0.1:5080/voip/webhook/twilio/voice",
        "http://localhost:39113/voip/webhook/twilio/status?callId=42",
        "https://crm.example.com/voip/webhook/twilio/dial-action",
        "https://crm.example.com:443/voip/webhook/twilio/recording",
        "https://crm.example.com:8443/voip/webhook/twilio/voice",
        "https://Crm.Example.com/crm/voip/webhook/twilio/bridge?callId=7&note=a%20b%2Bc",
        "http://[::1]:5080/voip/webhook/twilio/voicemail-done",
    ];

    [Theory]
    [MemberData(nameof(UrlShapes))]
    public void IsValid_SimulatorSignedWebhook_AcceptedByTheLibrary(string url)
    {
        var signature = WebhookSigner.Sign(AuthToken, url, Form);

        Assert.True(WebhookSignature.IsValid(AuthToken, url, Form, signature));
    }

    [Theory]
    [MemberData(nameof(UrlShapes))]
    public void IsValid_OneCharacterOfTheUrlChanged_Refused(string url)
    {
        var signature = WebhookSigner.Sign(AuthToken, url, Form);

        for (var i = url.IndexOf("://", StringComparison.Ordinal) + 3; i < url.Length; i++)
        {
            var changed = string.Concat(url.AsSpan(0, i), url[i] == 'x' ? "y" : "x", url.AsSpan(i + 1));
            Assert.False(WebhookSignature.IsValid(AuthToken, changed, Form, signature), $"accepted {changed}");
        }
    }

    [Fact]
    public void IsValid_OneCharacterOfAnyNameOrValueChanged_Refused()
    {
        const string url = "https://crm.example.com/voip/webhook/twilio/voice";
        var signature = WebhookSigner.Sign(AuthToken, url, Form);

        for (var field = 0; field < Form.Length; field++)
        {
            var (name, value) = Form[field];
            foreach (var changed in new[] { new KeyValuePair<string, string>(name + "x", value), new(name, value + "x"), new(name, Flip(value)) })
            {
                var form = Form.ToArray();
                form[field] = changed;
                Assert.False(WebhookSignature.IsValid(AuthToken, url, form, signature), $"accepted {changed.Key}={changed.Value}");
            }
        }
    }

    [Fact]
    public void IsValid_ParameterAddedOrDropped_Refused()
    {
        const string url = "https://crm.example.com/voip/webhook/twilio/voice";
        var signature = WebhookSigner.Sign(AuthToken, url, Form);

        Assert.False(WebhookSignature.IsValid(AuthToken, url, [.. Form, new("Digits", "1")], signature));
        Assert.False(WebhookSignature.IsValid(AuthToken, url, Form[1..], signature));
    }

    [Fact]
    public void IsValid_OneCharacterOfTheSignatureOrTokenChanged_Refused()
    {
        const string url = "https://crm.example.com/voip/webhook/twilio/voice";
        var signature = WebhookSigner.Sign(AuthToken, url, Form);

        Assert.False(WebhookSignature.IsValid(AuthToken, url, Form, Flip(signature)));
        Assert.False(WebhookSignature.IsValid(Flip(AuthToken), url, Form, signature));
    }

    private static string Flip(string value) =>
        value.Length == 0 ? "x" : string.Concat(value.AsSpan(0, value.Length / 2), value[value.Length / 2] == 'A' ? "B" : "A", value.AsSpan(value.Length / 2 + 1));
}
