namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Sip&gt;: a SIP URI to ring, e.g. a desk phone or another carrier's trunk.</summary>
public sealed record TwimlSip(string Uri) : TwimlDialNoun
{
    public string? Username { get; init; }

    public string? Password { get; init; }

    internal static TwimlSip From(XElement element) =>
        ReadLegAttributes(
            new TwimlSip(element.RequiredText()) { Username = element.Optional("username"), Password = element.Optional("password") },
            element);
}
