namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>Typed reads of TwiML attributes and content; anything malformed becomes a <see cref="TwimlParseException"/>.</summary>
internal static class TwimlXml
{
    public static string? Optional(this XElement element, string attribute) => element.Attribute(attribute)?.Value;

    public static int? OptionalInt(this XElement element, string attribute)
    {
        var value = element.Optional(attribute);
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new TwimlParseException($"<{element.Name.LocalName} {attribute}=\"{value}\"> is not a whole number.");
    }

    public static bool? OptionalBool(this XElement element, string attribute)
    {
        var value = element.Optional(attribute);
        if (value is null)
        {
            return null;
        }

        return bool.TryParse(value, out var flag)
            ? flag
            : throw new TwimlParseException($"<{element.Name.LocalName} {attribute}=\"{value}\"> is not true or false.");
    }

    /// <summary>The trimmed text of an element that must not contain other elements.</summary>
    public static string TextOnly(this XElement element)
    {
        if (element.HasElements)
        {
            throw new TwimlParseException($"<{element.Name.LocalName}> may contain only text, not <{element.Elements().First().Name.LocalName}>.");
        }

        return element.Value.Trim();
    }

    /// <summary>Checks that an element is empty, like &lt;Hangup/&gt;.</summary>
    public static void EnsureEmpty(this XElement element)
    {
        if (element.TextOnly().Length > 0)
        {
            throw new TwimlParseException($"<{element.Name.LocalName}> takes no text.");
        }
    }

    /// <summary>The trimmed text of an element that must have some.</summary>
    public static string RequiredText(this XElement element)
    {
        var text = element.TextOnly();
        return text.Length > 0 ? text : throw new TwimlParseException($"<{element.Name.LocalName}> needs text content.");
    }

    /// <summary>The child elements, after checking there is no text mixed in with them.</summary>
    public static IEnumerable<XElement> ChildrenOnly(this XElement element)
    {
        if (element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            throw new TwimlParseException($"<{element.Name.LocalName}> mixes text with elements.");
        }

        return element.Elements();
    }

    public static TwimlParseException Unsupported(XElement element, string parent) =>
        new($"<{element.Name.LocalName}> inside <{parent}> is not TwiML this app supports.");
}
