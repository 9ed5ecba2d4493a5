namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>Whom a &lt;Dial&gt; rings: a number, a browser client or a SIP address, with the callbacks of that leg.</summary>
public abstract record TwimlDialNoun
{
    private protected TwimlDialNoun()
    {
    }

    /// <summary>Receives this leg's call progress events.</summary>
    public string? StatusCallback { get; init; }

    /// <summary>Space-separated: initiated ringing answered completed.</summary>
    public string? StatusCallbackEvent { get; init; }

    public string? StatusCallbackMethod { get; init; }

    /// <summary>TwiML run on the called party's side when it answers, before the calls are connected.</summary>
    public string? Url { get; init; }

    public string? Method { get; init; }

    private protected static TNoun ReadLegAttributes<TNoun>(TNoun noun, XElement element)
        where TNoun : TwimlDialNoun =>
        noun with
        {
            StatusCallback = element.Optional("statusCallback"),
            StatusCallbackEvent = element.Optional("statusCallbackEvent"),
            StatusCallbackMethod = element.Optional("statusCallbackMethod"),
            Url = element.Optional("url"),
            Method = element.Optional("method"),
        };
}
