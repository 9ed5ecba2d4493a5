using Ispecia.Voip.Core.Simulator.Twiml;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ispecia.Voip.Tests.Simulator.Contract;

/// <summary>
/// The app writes TwiML with the official library and the simulator reads it with its own parser: every document the
/// library writes must parse into the same verbs as the reference documents of PROTOCOL.md section T4 (outputs of
/// Twilio's Python helper), comparing parsed trees, not strings.
/// </summary>
public sealed class TwimlContractTests
{
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8"?>""";

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
    public void Parse_LibraryDocument_SameVerbsAsPythonHelperVector(string name, string pythonOutput)
    {
        var fromLibrary = TwimlDocument.Parse(Build(name).ToString());
        var reference = TwimlDocument.Parse(Declaration + pythonOutput);

        Assert.Equal(reference.Verbs, fromLibrary.Verbs);
    }

    [Theory]
    [MemberData(nameof(PythonHelperOutputs))]
    public void ToString_LibraryDocument_SemanticallyEqualToPythonHelperVector(string name, string pythonOutput)
    {
        TwimlAssert.SemanticallyEqual(Declaration + pythonOutput, Build(name).ToString());
    }

    [Fact]
    public void Parse_EveryAttributeTheAppWrites_ReadBackAsWritten()
    {
        var dial = new Dial(
            action: new Uri("https://a/dial-done"), timeout: 25, callerId: "+15551112222", record: Dial.RecordEnum.RecordFromAnswerDual,
            recordingStatusCallback: new Uri("https://a/rec"), answerOnBridge: true);
        dial.Append(new Client().Identity("agent.one").Parameter("callerName", "Ines \"I\" & <Co>").Parameter("contactId", "42"));
        dial.Append(new Number("+15558675310"));
        dial.Append(new Sip(new Uri("sip:+15558675310@pbx.example.com:5061;transport=tls"), "user", "p&ss"));
        var response = new VoiceResponse()
            .Append(dial)
            .Say("Nobody can take your call right now.")
            .Record(action: new Uri("https://a/vm"), maxLength: 120, playBeep: true, timeout: 5, recordingStatusCallback: new Uri("https://a/rs"))
            .Reject()
            .Hangup();

        var parsed = TwimlDocument.Parse(response.ToString()).Verbs;

        var parsedDial = Assert.IsType<TwimlDial>(parsed[0]);
        Assert.Equal(
            (CallerId: "+15551112222", Action: "https://a/dial-done", Timeout: 25, Record: "record-from-answer-dual", Rec: "https://a/rec", Bridge: true),
            (CallerId: parsedDial.CallerId, parsedDial.Action, Timeout: parsedDial.Timeout!.Value, parsedDial.Record, Rec: parsedDial.RecordingStatusCallback, Bridge: parsedDial.AnswerOnBridge!.Value));
        Assert.Equal(
            new TwimlDialNoun[]
            {
                new TwimlClient("agent.one") { Parameters = [new("callerName", "Ines \"I\" & <Co>"), new("contactId", "42")] },
                new TwimlNumber("+15558675310"),
                new TwimlSip("sip:+15558675310@pbx.example.com:5061;transport=tls") { Username = "user", Password = "p&ss" },
            },
            parsedDial.Nouns);
        Assert.Equal(new TwimlSay("Nobody can take your call right now."), parsed[1]);
        Assert.Equal(
            new TwimlRecord { Action = "https://a/vm", MaxLength = 120, PlayBeep = true, Timeout = 5, RecordingStatusCallback = "https://a/rs" },
            parsed[2]);
        Assert.Equal(new TwimlReject(), parsed[3]);
        Assert.Equal(new TwimlHangup(), parsed[4]);
    }

    [Fact]
    public void ToString_CallbackUrlWithQuery_KeptExactlyAsGiven()
    {
        // Twilio signs the URL it requests, which is the one in the TwiML: the library must not re-encode it.
        const string url = "https://Crm.Example.com:443/voip/webhook/twilio/bridge?callId=12&note=a%20b";

        var dial = TwimlDocument.Parse(new VoiceResponse().Append(new Dial(action: new Uri(url)).Number("+15558675310")).ToString()).Verbs[0];

        Assert.Equal(url, Assert.IsType<TwimlDial>(dial).Action);
    }

    private static VoiceResponse Build(string name) => name switch
    {
        "dial-number" => new VoiceResponse().Append(new Dial(callerId: "+15551112222").Number("+15558675310")),
        "dial-client" => new VoiceResponse().Append(new Dial().Append(new Client().Identity("alice"))),
        "dial-client-parameter" => new VoiceResponse().Append(new Dial().Append(new Client().Identity("alice").Parameter("FirstName", "Alice"))),
        "dial-recorded" => new VoiceResponse().Append(new Dial(
                action: new Uri("https://example.com/dial-action"),
                timeout: 20,
                callerId: "+15551112222",
                record: Dial.RecordEnum.RecordFromAnswerDual,
                recordingStatusCallback: new Uri("https://example.com/recording-status"))
            .Number("+15558675310")),
        "say" => new VoiceResponse().Say("Hello World", voice: "alice", language: "en-US"),
        "voicemail" => new VoiceResponse()
            .Say("Please leave a message after the beep.")
            .Record(
                action: new Uri("https://example.com/vm-done"),
                maxLength: 120,
                finishOnKey: "#",
                playBeep: true,
                recordingStatusCallback: new Uri("https://example.com/rec-status"),
                recordingStatusCallbackEvent: [global::Twilio.TwiML.Voice.Record.RecordingEventEnum.Completed, global::Twilio.TwiML.Voice.Record.RecordingEventEnum.Absent])
            .Hangup(),
        "enqueue" => new VoiceResponse().Enqueue("support", action: new Uri("https://example.com/enqueue-action"), waitUrl: new Uri("https://example.com/wait")),
        "hangup" => new VoiceResponse().Hangup(),
        "reject" => new VoiceResponse().Reject(),
        "reject-busy" => new VoiceResponse().Reject(Reject.ReasonEnum.Busy),
        "play" => new VoiceResponse().Play(new Uri("https://api.twilio.com/cowbell.mp3"), loop: 10),
        "escaping" => new VoiceResponse().Say("Tom & Jerry <\"quoted\">"),
        "empty" => new VoiceResponse(),
        "dial-number-only" => new VoiceResponse().Append(new Dial().Number("1231231234")),
        "number-callbacks" => new VoiceResponse().Append(new Dial().Number(
            "1231231234",
            statusCallback: new Uri("http://example.com"),
            statusCallbackEvent: [Number.EventEnum.Initiated, Number.EventEnum.Completed])),
        "record" => new VoiceResponse().Record(finishOnKey: "#", maxLength: 30, timeout: 4),
        "say-loop" => new VoiceResponse().Say("Hello Monkey", voice: "woman", loop: 3),
        "play-digits" => new VoiceResponse().Play(digits: "w123"),
        "enqueue-attributes" => new VoiceResponse().Enqueue(
            "TestEnqueueAttribute", action: new Uri("act", UriKind.Relative), method: global::Twilio.Http.HttpMethod.Get,
            waitUrl: new Uri("wait", UriKind.Relative), waitUrlMethod: global::Twilio.Http.HttpMethod.Post),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
