using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Web.Webhooks;

/// <summary>
/// The origin of every URL handed to Twilio (status callbacks, bridge and dial-action URLs): Voip:PublicBaseUrl, or in
/// simulator mode without one the app's own listening address. Never a request header: a forged Host would otherwise
/// make Twilio fetch call instructions from someone else's server (toll fraud).
/// </summary>
public sealed class CallbackOrigin(IOptions<VoipOptions> voip, TelephonyMode mode, IServiceProvider services)
{
    public string BaseUrl =>
        !string.IsNullOrWhiteSpace(voip.Value.PublicBaseUrl) ? voip.Value.PublicBaseUrl.Trim().TrimEnd('/')
        : mode.IsSimulator ? services.GetRequiredService<IInAppTwilio>().AppBaseUrl
        // Start-up refuses Twilio mode without Voip:PublicBaseUrl (ConfigurationCheck), so this is a programming error.
        : throw new InvalidOperationException("Voip:PublicBaseUrl is required in Twilio mode.");

    public WebhookUrls Urls => new(BaseUrl);
}
