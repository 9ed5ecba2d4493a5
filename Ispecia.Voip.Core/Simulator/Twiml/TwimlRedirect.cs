namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Redirect&gt;: continues the call with the TwiML at <see cref="Url"/>.</summary>
public sealed record TwimlRedirect(string Url) : TwimlVerb
{
    public string? Method { get; init; }

    internal static TwimlRedirect From(XElement element) => new(element.RequiredText()) { Method = element.Optional("method") };
}
