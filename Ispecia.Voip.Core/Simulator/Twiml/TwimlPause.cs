namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Pause&gt;: silence for <see cref="Length"/> seconds (Twilio's default is 1).</summary>
public sealed record TwimlPause : TwimlVerb
{
    public int? Length { get; init; }

    internal static TwimlPause From(XElement element)
    {
        element.EnsureEmpty();
        return new() { Length = element.OptionalInt("length") };
    }
}
