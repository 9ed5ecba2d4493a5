using System.Xml.Linq;

namespace Ispecia.Voip.Core.Twilio.Twiml;

/// <summary>&lt;Pause&gt;: silence for <see cref="Length"/> seconds (Twilio's default is 1).</summary>
public sealed record TwimlPause : TwimlVerb
{
    public int? Length { get; init; }

    internal override TwimlElement ToElement() => new TwimlElement("Pause").Attr("length", Length);

    internal static TwimlPause From(XElement element)
    {
        element.EnsureEmpty();
        return new() { Length = element.OptionalInt("length") };
    }
}
