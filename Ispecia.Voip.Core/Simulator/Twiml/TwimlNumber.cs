namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Number&gt;: a phone number to ring, in E.164.</summary>
public sealed record TwimlNumber(string Number) : TwimlDialNoun
{
    /// <summary>DTMF sent once the call is answered (0-9, *, #, w for a half-second wait).</summary>
    public string? SendDigits { get; init; }

    internal static TwimlNumber From(XElement element) =>
        ReadLegAttributes(new TwimlNumber(element.RequiredText()) { SendDigits = element.Optional("sendDigits") }, element);
}
