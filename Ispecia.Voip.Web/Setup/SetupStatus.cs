namespace Ispecia.Voip.Web.Setup;

/// <summary>What the Setup page shows: mode and why, which settings are present (never their values), the URLs to paste.</summary>
public sealed class SetupStatus(TelephonyMode mode, IOptions<VoipOptions> voip, IConfiguration configuration)
{
    public TelephonyMode Mode => mode;

    public IReadOnlyList<SettingPresence> Settings() =>
    [
        .. TelephonyMode.RequiredSettings.Select(s => new SettingPresence(s.GuideVariable, s.Key, !string.IsNullOrWhiteSpace(configuration[s.Key]), Required: true)),
        new("TWILIO_PHONE_NUMBER", "Twilio:PhoneNumber", !string.IsNullOrWhiteSpace(configuration["Twilio:PhoneNumber"]), Required: false),
        new("TWILIO_CALLER_ID", "Twilio:CallerId", !string.IsNullOrWhiteSpace(configuration["Twilio:CallerId"]), Required: false),
        new("Voip__PublicBaseUrl", "Voip:PublicBaseUrl", !string.IsNullOrWhiteSpace(voip.Value.PublicBaseUrl), Required: false),
    ];

    /// <summary>The public origin: Voip:PublicBaseUrl, else the address this page was opened on.</summary>
    public string BaseUrl(string requestOrigin) =>
        string.IsNullOrWhiteSpace(voip.Value.PublicBaseUrl) ? requestOrigin.TrimEnd('/') : voip.Value.PublicBaseUrl.Trim().TrimEnd('/');

    public bool HasPublicBaseUrl => !string.IsNullOrWhiteSpace(voip.Value.PublicBaseUrl);
}

/// <summary>A setting by its guide variable and config key: set or not (its value is never shown).</summary>
public sealed record SettingPresence(string GuideVariable, string Key, bool IsSet, bool Required);
