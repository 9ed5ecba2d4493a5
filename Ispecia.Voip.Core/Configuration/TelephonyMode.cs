namespace Ispecia.Voip.Core.Configuration;

/// <summary>
/// The mode the app actually runs in, and why: Auto picks Twilio only when every credential is set.
/// </summary>
public sealed record TelephonyMode(bool IsSimulator, string Reason, IReadOnlyList<string> MissingKeys)
{
    /// <summary>The settings real Twilio needs, by config key, with the guide's variable name.</summary>
    public static readonly IReadOnlyList<(string Key, string GuideVariable)> RequiredSettings =
    [
        ("Twilio:AccountSid", "TWILIO_ACCOUNT_SID"),
        ("Twilio:AuthToken", "TWILIO_AUTH_TOKEN"),
        ("Twilio:ApiKey", "TWILIO_API_KEY"),
        ("Twilio:ApiSecret", "TWILIO_API_SECRET"),
        ("Twilio:TwimlAppSid", "TWILIO_TWIML_APP_SID"),
    ];

    public string Name => IsSimulator ? "Simulator" : "Twilio";

    /// <param name="configured">Voip:Mode.</param>
    /// <param name="valueOf">Reads a config key such as Twilio:AccountSid.</param>
    public static TelephonyMode Resolve(VoipMode configured, Func<string, string?> valueOf)
    {
        var missing = RequiredSettings
            .Where(s => string.IsNullOrWhiteSpace(valueOf(s.Key)))
            .Select(s => $"{s.Key} ({s.GuideVariable})")
            .ToList();

        return configured switch
        {
            VoipMode.Simulator => new(true, "Voip:Mode is Simulator.", missing),
            VoipMode.Twilio when missing.Count > 0 => throw new InvalidOperationException(
                $"Voip:Mode is Twilio but these settings are missing: {string.Join(", ", missing)}. " +
                "Set them (appsettings.json, environment or .env), or set Voip:Mode to Auto to use the built-in simulator."),
            VoipMode.Twilio => new(false, "Voip:Mode is Twilio and every Twilio credential is set.", missing),
            _ when missing.Count == 0 => new(false, "Voip:Mode is Auto and every Twilio credential is set.", missing),
            _ => new(true, $"Voip:Mode is Auto and {missing.Count} Twilio setting(s) are missing: {string.Join(", ", missing)}.", missing),
        };
    }
}
