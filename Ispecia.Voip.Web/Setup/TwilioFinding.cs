namespace Ispecia.Voip.Web.Setup;

/// <summary>One thing the Twilio check found, in plain words, with how bad it is.</summary>
public sealed record TwilioFinding(Severity Level, string Message)
{
    public static TwilioFinding Ok(string message) => new(Severity.Success, message);

    public static TwilioFinding Warn(string message) => new(Severity.Warning, message);

    public static TwilioFinding Wrong(string message) => new(Severity.Error, message);
}

/// <summary>What "Check with Twilio" found: the TwiML App, and each number in use by its E.164 form.</summary>
public sealed record TwilioCheckResult(IReadOnlyList<TwilioFinding> App, IReadOnlyDictionary<string, TwilioFinding> Numbers)
{
    public static TwilioCheckResult Failed(string message) => new([TwilioFinding.Wrong(message)], new Dictionary<string, TwilioFinding>());
}
