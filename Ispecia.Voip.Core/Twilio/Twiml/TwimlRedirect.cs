using System.Xml.Linq;

namespace Ispecia.Voip.Core.Twilio.Twiml;

/// <summary>&lt;Redirect&gt;: continues the call with the TwiML at <see cref="Url"/>.</summary>
public sealed record TwimlRedirect(string Url) : TwimlVerb
{
    public string? Method { get; init; }

    internal override TwimlElement ToElement() => new TwimlElement("Redirect").Attr("method", Method).Text(Url);

    internal static TwimlRedirect From(XElement element) => new(element.RequiredText()) { Method = element.Optional("method") };
}
