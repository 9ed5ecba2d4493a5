using System.Xml.Linq;

namespace Ispecia.Voip.Core.Twilio.Twiml;

/// <summary>&lt;Hangup&gt;: ends the call.</summary>
public sealed record TwimlHangup : TwimlVerb
{
    internal override TwimlElement ToElement() => new("Hangup");

    internal static TwimlHangup From(XElement element)
    {
        element.EnsureEmpty();
        return new();
    }
}
