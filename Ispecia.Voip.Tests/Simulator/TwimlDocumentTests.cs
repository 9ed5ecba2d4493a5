using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Tests.Simulator;

// Vectors from PROTOCOL.md section T4 that only the parser can meet (other helpers' spellings), and what it refuses.
public sealed class TwimlDocumentTests
{
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8"?>""";

    // py test_voice_response: the legacy text forms of <Dial> and <Client>.
    [Fact]
    public void Parse_DialWithBareNumber_IsOneNumberNoun()
    {
        var dial = SingleVerb<TwimlDial>("<Response><Dial>1231231234</Dial></Response>");

        Assert.Equal([new TwimlNumber("1231231234")], dial.Nouns);
    }

    [Fact]
    public void Parse_ClientWithBareIdentity_ReadsTheIdentity()
    {
        var dial = SingleVerb<TwimlDial>("<Response><Dial><Client>alice</Client></Dial></Response>");

        Assert.Equal([new TwimlClient("alice")], dial.Nouns);
    }

    // cs ClientTest: indented, utf-8 declaration, open/close empty elements.
    [Fact]
    public void Parse_CsharpHelperClient_ReadsIdentityAndParameter()
    {
        var xml = string.Join(Environment.NewLine,
            """<?xml version="1.0" encoding="utf-8"?>""",
            "<Response><Dial>",
            "<Client>",
            "  <Identity>client_identity</Identity>",
            """  <Parameter name="name" value="value"></Parameter>""",
            "</Client>",
            "</Dial></Response>");

        var client = Assert.IsType<TwimlClient>(Assert.Single(SingleVerb<TwimlDial>(xml).Nouns));

        Assert.Equal(new TwimlClient("client_identity") { Parameters = [new("name", "value")] }, client);
    }

    // cs VoiceResponseTest.TestElementWithChildren, one line each.
    [Fact]
    public void Parse_CsharpHelperVerbs_ReadTheirAttributes()
    {
        var xml = string.Join(Environment.NewLine,
            """<?xml version="1.0" encoding="utf-8"?>""",
            "<Response>",
            "  <Hangup></Hangup>",
            """  <Reject reason="rejected"></Reject>""",
            """  <Say voice="man" loop="1" language="af-ZA">message</Say>""",
            """  <Play loop="1" digits="digits">https://example.com</Play>""",
            """  <Enqueue action="https://example.com" maxQueueSize="1" method="GET" waitUrl="https://example.com" waitUrlMethod="GET" workflowSid="workflow_sid">name</Enqueue>""",
            """  <Record action="https://example.com" method="GET" timeout="1" finishOnKey="finish_on_key" maxLength="1" playBeep="true" trim="trim-silence" recordingStatusCallback="https://example.com" recordingStatusCallbackMethod="GET" recordingStatusCallbackEvent="in-progress" transcribe="true" transcribeCallback="https://example.com" recordingConfigurationId="recording_configuration_id"></Record>""",
            "</Response>");

        var verbs = TwimlDocument.Parse(xml).Verbs;

        TwimlVerb[] expected =
        [
            new TwimlHangup(),
            new TwimlReject { Reason = "rejected" },
            new TwimlSay("message") { Voice = "man", Loop = 1, Language = "af-ZA" },
            new TwimlPlay("https://example.com") { Loop = 1, Digits = "digits" },
            new TwimlEnqueue("name") { Action = "https://example.com", Method = "GET", WaitUrl = "https://example.com", WaitUrlMethod = "GET" },
            new TwimlRecord
            {
                Action = "https://example.com", Method = "GET", Timeout = 1, FinishOnKey = "finish_on_key", MaxLength = 1, PlayBeep = true,
                Trim = "trim-silence", RecordingStatusCallback = "https://example.com", RecordingStatusCallbackMethod = "GET",
                RecordingStatusCallbackEvent = "in-progress", Transcribe = true, TranscribeCallback = "https://example.com",
            },
        ];
        Assert.Equal(expected, verbs);
    }

    [Fact]
    public void Parse_NodeHelperDocument_ReadsVerbsInOrder()
    {
        var verbs = TwimlDocument.Parse(
            Declaration + """<Response><Dial timeout="5"><Number>+11234567890</Number></Dial><Reject/><Redirect>www.twilio.com</Redirect><Pause length="5"/></Response>""").Verbs;

        TwimlVerb[] expected =
        [
            new TwimlDial([new TwimlNumber("+11234567890")]) { Timeout = 5 },
            new TwimlReject(),
            new TwimlRedirect("www.twilio.com"),
            new TwimlPause { Length = 5 },
        ];
        Assert.Equal(expected, verbs);
    }

    [Fact]
    public void Parse_SipNoun_ReadsUriAndCredentials()
    {
        var dial = SingleVerb<TwimlDial>("""<Response><Dial><Sip username="u" password="p">sip:alice@example.com</Sip></Dial></Response>""");

        Assert.Equal([new TwimlSip("sip:alice@example.com") { Username = "u", Password = "p" }], dial.Nouns);
    }

    [Fact]
    public void Parse_DialRingingSeveralClients_KeepsEveryNounInOrder()
    {
        var dial = SingleVerb<TwimlDial>("<Response><Dial><Client>a</Client><Client>b</Client><Number>+15550001</Number></Dial></Response>");

        Assert.Equal([new TwimlClient("a"), new TwimlClient("b"), new TwimlNumber("+15550001")], dial.Nouns);
    }

    [Theory]
    [InlineData("", "not well-formed")]
    [InlineData("<Response>", "not well-formed")]
    [InlineData("<Response><Say>a</Response>", "not well-formed")]
    [InlineData("<response/>", "<Response> root")]
    [InlineData("<Twiml><Say>a</Say></Twiml>", "<Response> root")]
    [InlineData("<Response><Gather/></Response>", "<Gather>")]
    [InlineData("<Response><say>a</say></Response>", "<say>")]
    [InlineData("<Response><Dial><Enqueue>room</Enqueue></Dial></Response>", "<Enqueue>")]
    [InlineData("<Response><Dial></Dial></Response>", "<Dial> needs text")]
    [InlineData("<Response><Dial>123<Number>456</Number></Dial></Response>", "mixes text")]
    [InlineData("<Response>hello</Response>", "mixes text")]
    [InlineData("""<Response><Pause length="five"/></Response>""", "whole number")]
    [InlineData("""<Response><Dial timeout="1.5">+1555</Dial></Response>""", "whole number")]
    [InlineData("""<Response><Record playBeep="yes"/></Response>""", "true or false")]
    [InlineData("""<Response><Reject reason="nope"/></Response>""", "rejected or busy")]
    [InlineData("<Response><Hangup>now</Hangup></Response>", "takes no text")]
    [InlineData("<Response><Redirect/></Response>", "needs text")]
    [InlineData("<Response><Say><break/></Say></Response>", "only text")]
    [InlineData("<Response><Dial><Client><Parameter name=\"a\" value=\"b\"/></Client></Dial></Response>", "needs an <Identity>")]
    [InlineData("<Response><Dial><Client><Identity>a</Identity><Parameter value=\"b\"/></Client></Dial></Response>", "needs a name")]
    [InlineData("<Response><Dial><Client><Identity>a</Identity><Identity>b</Identity></Client></Dial></Response>", "<Identity>")]
    public void Parse_InvalidOrUnsupportedTwiml_ThrowsSayingWhy(string xml, string reason)
    {
        var error = Assert.Throws<TwimlParseException>(() => TwimlDocument.Parse(xml));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocumentTypeDefinition_IsRefused()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "boom">]><Response><Say>&x;</Say></Response>""";

        Assert.Throws<TwimlParseException>(() => TwimlDocument.Parse(xml));
    }

    [Fact]
    public void Parse_UnknownAttribute_IsIgnoredLikeTwilioDoes()
    {
        var say = SingleVerb<TwimlSay>("""<Response><Say voice="alice" future="x">Hi</Say></Response>""");

        Assert.Equal(new TwimlSay("Hi") { Voice = "alice" }, say);
    }

    private static T SingleVerb<T>(string xml)
        where T : TwimlVerb => Assert.IsType<T>(Assert.Single(TwimlDocument.Parse(xml).Verbs));
}
