using System.Xml;

namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>
/// TwiML read back into verbs, the way Twilio reads an app's answer: the simulator executes these.
/// Verbs and nouns are case-sensitive; attributes this app does not model are ignored, as Twilio ignores
/// attributes it does not know.
/// </summary>
public sealed class TwimlDocument
{
    private TwimlDocument(IReadOnlyList<TwimlVerb> verbs) => Verbs = verbs;

    /// <summary>The verbs of the &lt;Response&gt;, in document order.</summary>
    public IReadOnlyList<TwimlVerb> Verbs { get; }

    /// <exception cref="TwimlParseException">Not XML, no &lt;Response&gt; root, or an unsupported verb, noun or value.</exception>
    public static TwimlDocument Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new TwimlParseException($"The TwiML is not well-formed XML: {e.Message}", e);
        }

        var root = document.Root;
        if (root is null || root.Name != "Response")
        {
            throw new TwimlParseException($"TwiML must have a <Response> root, not <{root?.Name.LocalName}>.");
        }

        return new TwimlDocument([.. root.ChildrenOnly().Select(ReadVerb)]);
    }

    private static TwimlVerb ReadVerb(XElement verb) => verb.Name.LocalName switch
    {
        "Say" => TwimlSay.From(verb),
        "Play" => TwimlPlay.From(verb),
        "Pause" => TwimlPause.From(verb),
        "Record" => TwimlRecord.From(verb),
        "Enqueue" => TwimlEnqueue.From(verb),
        "Leave" => TwimlLeave.From(verb),
        "Redirect" => TwimlRedirect.From(verb),
        "Hangup" => TwimlHangup.From(verb),
        "Reject" => TwimlReject.From(verb),
        "Dial" => TwimlDial.From(verb),
        _ => throw TwimlXml.Unsupported(verb, "Response"),
    };
}
