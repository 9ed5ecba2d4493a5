namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Hangup&gt;: ends the call.</summary>
public sealed record TwimlHangup : TwimlVerb
{

    internal static TwimlHangup From(XElement element)
    {
        element.EnsureEmpty();
        return new();
    }
}
