using System.Globalization;
using System.Xml;

namespace Ispecia.Voip.Core.Twilio.Twiml;

/// <summary>
/// One element on its way out. Attributes are kept sorted by name, as Twilio's Python helper writes them,
/// so the output can be compared with its vectors character for character.
/// </summary>
internal sealed class TwimlElement(string name)
{
    private readonly SortedDictionary<string, string> attributes = new(StringComparer.Ordinal);
    private readonly List<TwimlElement> children = [];
    private string? text;

    public TwimlElement Attr(string attribute, string? value)
    {
        if (value is not null)
        {
            attributes[attribute] = value;
        }

        return this;
    }

    public TwimlElement Attr(string attribute, int? value) => Attr(attribute, value?.ToString(CultureInfo.InvariantCulture));

    public TwimlElement Attr(string attribute, bool? value) => Attr(attribute, value is null ? null : value.Value ? "true" : "false");

    public TwimlElement Text(string? value)
    {
        text = value;
        return this;
    }

    public TwimlElement Add(TwimlElement child)
    {
        children.Add(child);
        return this;
    }

    public void WriteTo(XmlWriter writer)
    {
        writer.WriteStartElement(name);
        foreach (var (attribute, value) in attributes)
        {
            writer.WriteAttributeString(attribute, value);
        }

        if (!string.IsNullOrEmpty(text))
        {
            writer.WriteString(text);
        }

        foreach (var child in children)
        {
            child.WriteTo(writer);
        }

        writer.WriteEndElement();
    }
}
