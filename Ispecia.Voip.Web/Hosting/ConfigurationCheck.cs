namespace Ispecia.Voip.Web.Hosting;

/// <summary>Fails start-up with a message that names the setting, for combinations that cannot work.</summary>
public static class ConfigurationCheck
{
    public const int MaxTokenTtlSeconds = 86400;

    public static TelephonyMode ResolveOrThrow(IConfiguration configuration, IHostEnvironment environment)
    {
        var voip = configuration.GetSection(VoipOptions.SectionName).Get<VoipOptions>() ?? new VoipOptions();
        var mode = TelephonyMode.Resolve(voip.Mode, key => configuration[key]);
        ThrowIfTwilioHalfConfigured(voip.Mode, mode, environment);

        if (!configuration.GetValue("Twilio:ValidateSignatures", true) && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Twilio:ValidateSignatures is false, which is allowed only in Development: anyone could forge webhooks.");
        }

        var ttl = configuration.GetValue("Twilio:TokenTtlSeconds", 3600);
        if (ttl is < 60 or > MaxTokenTtlSeconds)
        {
            throw new InvalidOperationException($"Twilio:TokenTtlSeconds is {ttl}; it must be between 60 and {MaxTokenTtlSeconds} (24 hours, Twilio's maximum).");
        }

        // Twilio's API key secrets are 32 characters; the library cannot sign access tokens with a shorter key.
        if (!mode.IsSimulator && configuration["Twilio:ApiSecret"] is { } secret && System.Text.Encoding.UTF8.GetByteCount(secret.Trim()) < 32)
        {
            throw new InvalidOperationException(
                "Twilio:ApiSecret (TWILIO_API_SECRET) is shorter than 32 characters: use the secret Twilio showed when the API key was created, not the key SID.");
        }

        if (!PhoneNumberService.IsSupportedRegion(voip.DefaultRegion))
        {
            throw new InvalidOperationException($"Voip:DefaultRegion '{voip.DefaultRegion}' is not a known region code; use an ISO code such as US, GB or DE.");
        }

        if (!string.IsNullOrWhiteSpace(voip.PublicBaseUrl) &&
            !(Uri.TryCreate(voip.PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            throw new InvalidOperationException($"Voip:PublicBaseUrl '{voip.PublicBaseUrl}' must be an absolute http(s) URL such as https://crm.example.com.");
        }

        if (!mode.IsSimulator && string.IsNullOrWhiteSpace(voip.PublicBaseUrl))
        {
            throw new InvalidOperationException(
                "Voip:PublicBaseUrl (environment variable Voip__PublicBaseUrl) is required in Twilio mode: set it to the https origin " +
                "Twilio calls, e.g. https://crm.example.com. Callback URLs given to Twilio are built from it, never from a request's Host header.");
        }

        Security.ProxyTrust.Read(configuration);
        return mode;
    }

    /// <summary>
    /// Outside Development, Auto with some Twilio settings but not all is a deployment that lost one: it must not fall
    /// back to the simulator (and its published demo sign-ins). With none set, the simulator is what the user asked for.
    /// </summary>
    private static void ThrowIfTwilioHalfConfigured(VoipMode configured, TelephonyMode mode, IHostEnvironment environment)
    {
        var isHalfConfigured = configured == VoipMode.Auto && mode.IsSimulator
            && mode.MissingKeys.Count > 0 && mode.MissingKeys.Count < TelephonyMode.RequiredSettings.Count;
        if (isHalfConfigured && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Voip:Mode is Auto and some Twilio settings are set, but these are missing: {string.Join(", ", mode.MissingKeys)}. " +
                "Set them to use Twilio, or set Voip:Mode to Simulator to run the built-in simulator on purpose.");
        }
    }
}
