namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Reject&gt;: refuses an incoming call without answering it (no charge).</summary>
public sealed record TwimlReject : TwimlVerb
{
    /// <summary>The tone the caller hears: "rejected" (Twilio's default) or "busy".</summary>
    public string? Reason { get; init; }

    internal static TwimlReject From(XElement element)
    {
        element.EnsureEmpty();
        var reason = element.Optional("reason");
        return reason is null or "rejected" or "busy"
            ? new() { Reason = reason }
            : throw new TwimlParseException($"<Reject reason=\"{reason}\"> must be rejected or busy.");
    }
}
