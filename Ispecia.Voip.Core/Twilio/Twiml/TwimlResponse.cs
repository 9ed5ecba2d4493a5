using System.Text;
using System.Xml;

namespace Ispecia.Voip.Core.Twilio.Twiml;

/// <summary>
/// Builds a TwiML &lt;Response&gt; verb by verb and writes it with an <see cref="XmlWriter"/>, so every value is
/// escaped. Attributes come out sorted by name, matching Twilio's Python helper.
/// </summary>
public sealed class TwimlResponse
{
    /// <summary>The XML declaration Twilio's documentation and helpers use.</summary>
    public const string Declaration = """<?xml version="1.0" encoding="UTF-8"?>""";

    /// <summary>The media type to answer Twilio with.</summary>
    public const string ContentType = "text/xml";

    private readonly List<TwimlVerb> verbs = [];

    public TwimlResponse()
    {
    }

    public TwimlResponse(IEnumerable<TwimlVerb> verbs) => this.verbs.AddRange(verbs);

    public IReadOnlyList<TwimlVerb> Verbs => verbs;

    /// <summary>Appends any verb, with every attribute it supports.</summary>
    public TwimlResponse Add(TwimlVerb verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        verbs.Add(verb);
        return this;
    }

    public TwimlResponse Say(string text, string? voice = null, string? language = null, int? loop = null) =>
        Add(new TwimlSay(text) { Voice = voice, Language = language, Loop = loop });

    public TwimlResponse Play(string url, int? loop = null) => Add(new TwimlPlay(url) { Loop = loop });

    public TwimlResponse Pause(int? length = null) => Add(new TwimlPause { Length = length });

    public TwimlResponse Record(
        string? action = null,
        int? maxLength = null,
        bool? playBeep = null,
        int? timeout = null,
        string? finishOnKey = null,
        string? recordingStatusCallback = null,
        string? recordingStatusCallbackEvent = null,
        bool? transcribe = null) =>
        Add(new TwimlRecord
        {
            Action = action,
            MaxLength = maxLength,
            PlayBeep = playBeep,
            Timeout = timeout,
            FinishOnKey = finishOnKey,
            RecordingStatusCallback = recordingStatusCallback,
            RecordingStatusCallbackEvent = recordingStatusCallbackEvent,
            Transcribe = transcribe,
        });

    public TwimlResponse Enqueue(string queueName, string? waitUrl = null, string? action = null, string? method = null) =>
        Add(new TwimlEnqueue(queueName) { WaitUrl = waitUrl, Action = action, Method = method });

    public TwimlResponse Redirect(string url, string? method = null) => Add(new TwimlRedirect(url) { Method = method });

    public TwimlResponse Hangup() => Add(new TwimlHangup());

    /// <param name="reason">"rejected" (Twilio's default) or "busy".</param>
    public TwimlResponse Reject(string? reason = null) => Add(new TwimlReject { Reason = reason });

    /// <summary>Rings every noun at once, e.g. <c>Dial([new TwimlNumber("+15558675310")], callerId: "+15551112222")</c>.</summary>
    /// <param name="nouns">Numbers, clients and SIP URIs to ring.</param>
    /// <param name="callerId">Caller ID shown to the called party.</param>
    /// <param name="action">Requested with DialCallStatus when the dialled leg ends.</param>
    /// <param name="method">Method for <paramref name="action"/>.</param>
    /// <param name="timeout">Seconds to ring.</param>
    /// <param name="record">e.g. "record-from-answer-dual".</param>
    /// <param name="recordingStatusCallback">Told when the recording is ready.</param>
    /// <param name="recordingStatusCallbackEvent">Space-separated: in-progress, completed, absent.</param>
    /// <param name="answerOnBridge">Keep the caller hearing ringing until the callee answers.</param>
    public TwimlResponse Dial(
        IEnumerable<TwimlDialNoun> nouns,
        string? callerId = null,
        string? action = null,
        string? method = null,
        int? timeout = null,
        string? record = null,
        string? recordingStatusCallback = null,
        string? recordingStatusCallbackEvent = null,
        bool? answerOnBridge = null) =>
        Add(new TwimlDial([.. nouns])
        {
            CallerId = callerId,
            Action = action,
            Method = method,
            Timeout = timeout,
            Record = record,
            RecordingStatusCallback = recordingStatusCallback,
            RecordingStatusCallbackEvent = recordingStatusCallbackEvent,
            AnswerOnBridge = answerOnBridge,
        });

    /// <summary>The document: <see cref="Declaration"/> followed by the &lt;Response&gt; element, on one line.</summary>
    public override string ToString()
    {
        var xml = new StringBuilder(Declaration);
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment };
        using (var writer = XmlWriter.Create(xml, settings))
        {
            var response = new TwimlElement("Response");
            foreach (var verb in verbs)
            {
                response.Add(verb.ToElement());
            }

            response.WriteTo(writer);
        }

        return xml.ToString();
    }
}
