using Ispecia.Voip.Core.Twilio.Twiml;

namespace Ispecia.Voip.Tests.Core.Twilio;

// Vectors from PROTOCOL.md section T4.
public sealed class TwimlResponseTests
{
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8"?>""";

    /// <summary>Outputs produced by Twilio's Python helper; ours must match character for character.</summary>
    public static TheoryData<string, string> PythonHelperOutputs => new()
    {
        { "dial-number", """<Response><Dial callerId="+15551112222"><Number>+15558675310</Number></Dial></Response>""" },
        { "dial-client", "<Response><Dial><Client><Identity>alice</Identity></Client></Dial></Response>" },
        { "dial-client-parameter", """<Response><Dial><Client><Identity>alice</Identity><Parameter name="FirstName" value="Alice" /></Client></Dial></Response>""" },
        { "dial-recorded", """<Response><Dial action="https://example.com/dial-action" callerId="+15551112222" record="record-from-answer-dual" recordingStatusCallback="https://example.com/recording-status" timeout="20"><Number>+15558675310</Number></Dial></Response>""" },
        { "say", """<Response><Say language="en-US" voice="alice">Hello World</Say></Response>""" },
        { "voicemail", """<Response><Say>Please leave a message after the beep.</Say><Record action="https://example.com/vm-done" finishOnKey="#" maxLength="120" playBeep="true" recordingStatusCallback="https://example.com/rec-status" recordingStatusCallbackEvent="completed absent" /><Hangup /></Response>""" },
        { "enqueue", """<Response><Enqueue action="https://example.com/enqueue-action" waitUrl="https://example.com/wait">support</Enqueue></Response>""" },
        { "hangup", "<Response><Hangup /></Response>" },
        { "reject", "<Response><Reject /></Response>" },
        { "reject-busy", """<Response><Reject reason="busy" /></Response>""" },
        { "play", """<Response><Play loop="10">https://api.twilio.com/cowbell.mp3</Play></Response>""" },
        { "escaping", """<Response><Say>Tom &amp; Jerry &lt;"quoted"&gt;</Say></Response>""" },
        { "empty", "<Response />" },
        { "dial-number-only", "<Response><Dial><Number>1231231234</Number></Dial></Response>" },
        { "number-callbacks", """<Response><Dial><Number statusCallback="http://example.com" statusCallbackEvent="initiated completed">1231231234</Number></Dial></Response>""" },
        { "record", """<Response><Record finishOnKey="#" maxLength="30" timeout="4" /></Response>""" },
        { "say-loop", """<Response><Say loop="3" voice="woman">Hello Monkey</Say></Response>""" },
        { "play-digits", """<Response><Play digits="w123" /></Response>""" },
        { "enqueue-attributes", """<Response><Enqueue action="act" method="GET" waitUrl="wait" waitUrlMethod="POST">TestEnqueueAttribute</Enqueue></Response>""" },
    };

    [Theory]
    [MemberData(nameof(PythonHelperOutputs))]
    public void ToString_PythonHelperVector_MatchesExactly(string name, string expectedAfterDeclaration)
    {
        Assert.Equal(Declaration + expectedAfterDeclaration, Build(name).ToString());
    }

    [Theory]
    [MemberData(nameof(PythonHelperOutputs))]
    public void Parse_PythonHelperVector_ReadsBackTheVerbsThatWroteIt(string name, string expectedAfterDeclaration)
    {
        var document = TwimlDocument.Parse(Declaration + expectedAfterDeclaration);

        Assert.Equal(Build(name).Verbs, document.Verbs);
    }

    // node VoiceResponse.spec: same documents, other attribute order and empty-element spelling.
    [Fact]
    public void ToString_NodeHelperVectors_AreSemanticallyEqual()
    {
        TwimlAssert.SemanticallyEqual(Declaration + "<Response><Hangup/></Response>", new TwimlResponse().Hangup().ToString());
        TwimlAssert.SemanticallyEqual(Declaration + """<Response><Reject reason="busy"/></Response>""", new TwimlResponse().Reject("busy").ToString());
        TwimlAssert.SemanticallyEqual(
            Declaration + """<Response><Dial timeout="5"><Number>+11234567890</Number></Dial><Reject/><Redirect>www.twilio.com</Redirect><Pause length="5"/></Response>""",
            new TwimlResponse().Dial([new TwimlNumber("+11234567890")], timeout: 5).Reject().Redirect("www.twilio.com").Pause(5).ToString());
        TwimlAssert.SemanticallyEqual(
            Declaration + """<Response><Dial><Number statusCallback="https://example.com?action=getTwiml&amp;param=dial">+11234567890</Number></Dial></Response>""",
            new TwimlResponse().Dial([new TwimlNumber("+11234567890") { StatusCallback = "https://example.com?action=getTwiml&param=dial" }]).ToString());
        TwimlAssert.SemanticallyEqual(
            Declaration + """<Response><Record transcribe="true" maxLength="100" method="GET" transcribeCallback="www.twilio.ca"/></Response>""",
            new TwimlResponse().Add(new TwimlRecord { Transcribe = true, MaxLength = 100, Method = "GET", TranscribeCallback = "www.twilio.ca" }).ToString());
    }

    // Twilio docs /voice/twiml/dial, indented over several lines.
    [Fact]
    public void ToString_DocsDialExample_IsSemanticallyEqual()
    {
        const string docs = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n    <Dial callerId=\"+15551112222\">\n        <Number>+15558675310</Number>\n    </Dial>\n</Response>";

        var built = new TwimlResponse().Dial([new TwimlNumber("+15558675310")], callerId: "+15551112222");

        TwimlAssert.SemanticallyEqual(docs, built.ToString());
        Assert.Equal(built.Verbs, TwimlDocument.Parse(docs).Verbs);
    }

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("1 < 2 > 0", "1 &lt; 2 &gt; 0")]
    public void ToString_MarkupInText_IsEscaped(string text, string escaped)
    {
        Assert.Equal($"{Declaration}<Response><Say>{escaped}</Say></Response>", new TwimlResponse().Say(text).ToString());
    }

    [Fact]
    public void ToString_QuotesAndAmpersandsInAttributes_AreEscapedAndReadBack()
    {
        var parameter = new TwimlParameter("Note", "say \"hi\" & <wave>");
        var response = new TwimlResponse().Dial([new TwimlClient("alice") { Parameters = [parameter] }]);

        var xml = response.ToString();

        Assert.Contains("value=\"say &quot;hi&quot; &amp; &lt;wave&gt;\"", xml, StringComparison.Ordinal);
        var client = Assert.IsType<TwimlClient>(Assert.IsType<TwimlDial>(Assert.Single(TwimlDocument.Parse(xml).Verbs)).Nouns[0]);
        Assert.Equal(parameter, Assert.Single(client.Parameters));
    }

    [Fact]
    public void Parse_EveryVerbAndAttributeTheBuilderWrites_RoundTrips()
    {
        var response = new TwimlResponse()
            .Say("Hello", voice: "Polly.Joanna", language: "en-GB", loop: 2)
            .Play("https://example.com/hold.mp3", loop: 0)
            .Pause(3)
            .Add(new TwimlDial(
            [
                new TwimlNumber("+15558675310") { StatusCallback = "https://a/s", StatusCallbackEvent = "initiated ringing answered completed", StatusCallbackMethod = "POST", SendDigits = "ww1", Url = "https://a/screen", Method = "GET" },
                new TwimlClient("agent.one") { Parameters = [new("CallerName", "Ines"), new("ContactId", "42")], StatusCallback = "https://a/c" },
                new TwimlSip("sip:desk@pbx.example.com;transport=tls") { Username = "u", Password = "p" },
            ])
            {
                CallerId = "+15551112222",
                Action = "https://a/dial-done",
                Method = "POST",
                Timeout = 25,
                TimeLimit = 3600,
                Record = "record-from-answer-dual",
                Trim = "trim-silence",
                RecordingStatusCallback = "https://a/rec",
                RecordingStatusCallbackMethod = "POST",
                RecordingStatusCallbackEvent = "completed absent",
                AnswerOnBridge = true,
                HangupOnStar = false,
                RingTone = "us",
            })
            .Enqueue("support", waitUrl: "https://a/wait", action: "https://a/left", method: "POST")
            .Add(new TwimlRecord
            {
                Action = "https://a/vm",
                Method = "POST",
                Timeout = 5,
                FinishOnKey = "#",
                MaxLength = 120,
                PlayBeep = true,
                Trim = "do-not-trim",
                RecordingStatusCallback = "https://a/rs",
                RecordingStatusCallbackMethod = "POST",
                RecordingStatusCallbackEvent = "completed",
                Transcribe = false,
                TranscribeCallback = "https://a/t",
            })
            .Redirect("https://a/next", method: "GET")
            .Reject("rejected")
            .Hangup();

        var xml = response.ToString();
        var parsed = TwimlDocument.Parse(xml);

        Assert.Equal(response.Verbs, parsed.Verbs);
        Assert.Equal(xml, new TwimlResponse(parsed.Verbs).ToString());
    }

    private static TwimlResponse Build(string name) => name switch
    {
        "dial-number" => new TwimlResponse().Dial([new TwimlNumber("+15558675310")], callerId: "+15551112222"),
        "dial-client" => new TwimlResponse().Dial([new TwimlClient("alice")]),
        "dial-client-parameter" => new TwimlResponse().Dial([new TwimlClient("alice") { Parameters = [new("FirstName", "Alice")] }]),
        "dial-recorded" => new TwimlResponse().Dial(
            [new TwimlNumber("+15558675310")],
            action: "https://example.com/dial-action",
            timeout: 20,
            record: "record-from-answer-dual",
            recordingStatusCallback: "https://example.com/recording-status",
            callerId: "+15551112222"),
        "say" => new TwimlResponse().Say("Hello World", voice: "alice", language: "en-US"),
        "voicemail" => new TwimlResponse()
            .Say("Please leave a message after the beep.")
            .Record(
                action: "https://example.com/vm-done",
                maxLength: 120,
                finishOnKey: "#",
                playBeep: true,
                recordingStatusCallback: "https://example.com/rec-status",
                recordingStatusCallbackEvent: "completed absent")
            .Hangup(),
        "enqueue" => new TwimlResponse().Enqueue("support", waitUrl: "https://example.com/wait", action: "https://example.com/enqueue-action"),
        "hangup" => new TwimlResponse().Hangup(),
        "reject" => new TwimlResponse().Reject(),
        "reject-busy" => new TwimlResponse().Reject("busy"),
        "play" => new TwimlResponse().Play("https://api.twilio.com/cowbell.mp3", loop: 10),
        "escaping" => new TwimlResponse().Say("Tom & Jerry <\"quoted\">"),
        "empty" => new TwimlResponse(),
        "dial-number-only" => new TwimlResponse().Dial([new TwimlNumber("1231231234")]),
        "number-callbacks" => new TwimlResponse().Dial(
            [new TwimlNumber("1231231234") { StatusCallback = "http://example.com", StatusCallbackEvent = "initiated completed" }]),
        "record" => new TwimlResponse().Record(finishOnKey: "#", maxLength: 30, timeout: 4),
        "say-loop" => new TwimlResponse().Say("Hello Monkey", voice: "woman", loop: 3),
        "play-digits" => new TwimlResponse().Add(new TwimlPlay("") { Digits = "w123" }),
        "enqueue-attributes" => new TwimlResponse().Add(
            new TwimlEnqueue("TestEnqueueAttribute") { Action = "act", Method = "GET", WaitUrl = "wait", WaitUrlMethod = "POST" }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
