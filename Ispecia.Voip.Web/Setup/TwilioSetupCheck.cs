using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Core.Webhooks;
using Twilio.Exceptions;

namespace Ispecia.Voip.Web.Setup;

/// <summary>"Check with Twilio" on the Setup page: reads the TwiML App and the account's numbers through the REST API.</summary>
public sealed class TwilioSetupCheck(TwilioApi twilio, IOptions<TwilioOptions> options, IOptions<VoipOptions> voip, ILogger<TwilioSetupCheck> logger)
{
    public async Task<TwilioCheckResult> RunAsync(WebhookUrls expected, IReadOnlyList<PhoneNumberInUse> numbers, CancellationToken ct = default)
    {
        var appSid = options.Value.TwimlAppSid;
        if (string.IsNullOrWhiteSpace(appSid))
        {
            return TwilioCheckResult.Failed("TWILIO_TWIML_APP_SID is not set: there is no TwiML App to check.");
        }

        try
        {
            var app = await twilio.FetchApplicationAsync(appSid, ct);
            var owned = await twilio.ListIncomingNumbersAsync(ct);
            return TwilioSetupFindings.Evaluate(app, owned, appSid, expected, !string.IsNullOrWhiteSpace(voip.Value.PublicBaseUrl), numbers);
        }
        catch (ApiException ex) when (ex.Status == StatusCodes.Status404NotFound)
        {
            return TwilioCheckResult.Failed($"This Twilio account has no TwiML App {appSid}: check TWILIO_TWIML_APP_SID (Twilio: {ex.Message}).");
        }
        catch (ApiException ex) when (ex.Status == StatusCodes.Status401Unauthorized)
        {
            return TwilioCheckResult.Failed("Twilio refused the credentials: check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.");
        }
        catch (ApiException ex)
        {
            return TwilioCheckResult.Failed($"Twilio answered {ex.Status}{(ex.Code > 0 ? $" (error {ex.Code})" : "")}: {ex.Message}");
        }
        catch (ApiConnectionException ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Twilio could not be reached for the setup check");
            return TwilioCheckResult.Failed(ex.InnerException is TaskCanceledException
                ? "Twilio did not answer in time. Try again in a moment."
                : $"Twilio could not be reached from this server: {ex.InnerException?.Message ?? ex.Message}");
        }
    }
}
