namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Play&gt;: an audio file, or DTMF <see cref="Digits"/> when the URL is empty.</summary>
public sealed record TwimlPlay(string Url) : TwimlVerb
{
    public int? Loop { get; init; }

    public string? Digits { get; init; }

    internal static TwimlPlay From(XElement element) => new(element.TextOnly())
    {
        Loop = element.OptionalInt("loop"),
        Digits = element.Optional("digits"),
    };
}
