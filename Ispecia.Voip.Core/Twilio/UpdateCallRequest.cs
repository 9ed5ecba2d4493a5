namespace Ispecia.Voip.Core.Twilio;

/// <summary>POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json: end a call, or send it new TwiML.</summary>
public sealed record UpdateCallRequest
{
    /// <summary>Ends an in-progress call.</summary>
    public const string Completed = "completed";

    /// <summary>Cancels a queued or ringing call.</summary>
    public const string Canceled = "canceled";

    /// <summary><see cref="Completed"/> or <see cref="Canceled"/>.</summary>
    public string? Status { get; init; }

    /// <summary>Redirects the call to the TwiML at this URL.</summary>
    public string? Url { get; init; }

    public string? Method { get; init; }

    /// <summary>Redirects the call to this inline TwiML.</summary>
    public string? Twiml { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> ToForm() =>
        new (string Name, string? Value)[] { ("Status", Status), ("Url", Url), ("Method", Method), ("Twiml", Twiml) }
            .Where(f => !string.IsNullOrEmpty(f.Value))
            .Select(f => new KeyValuePair<string, string>(f.Name, f.Value!))
            .ToList();
}
