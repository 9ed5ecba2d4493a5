namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Say&gt;: text read out by text-to-speech.</summary>
public sealed record TwimlSay(string Text) : TwimlVerb
{
    public string? Voice { get; init; }

    public string? Language { get; init; }

    public int? Loop { get; init; }

    internal static TwimlSay From(XElement element) => new(element.TextOnly())
    {
        Voice = element.Optional("voice"),
        Language = element.Optional("language"),
        Loop = element.OptionalInt("loop"),
    };
}
