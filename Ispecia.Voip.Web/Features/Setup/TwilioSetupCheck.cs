using System.Net;
using Ispecia.Voip.Core.Calls.Lifecycle;
using Ispecia.Voip.Core.Configuration;
using Ispecia.Voip.Core.Twilio;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Web.Features.Setup;

/// <summary>"Check with Twilio" on the Setup page: reads the TwiML App and the account's numbers through the REST API.</summary>
public sealed class TwilioSetupCheck(TwilioRestClient twilio, IOptions<TwilioOptions> options, IOptions<VoipOptions> voip, ILogger<TwilioSetupCheck> logger)
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
        catch (TwilioApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return TwilioCheckResult.Failed($"This Twilio account has no TwiML App {appSid}: check TWILIO_TWIML_APP_SID (Twilio: {ex.Message}).");
        }
        catch (TwilioApiException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
        {
            return TwilioCheckResult.Failed("Twilio refused the credentials: check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.");
        }
        catch (TwilioApiException ex)
        {
            return TwilioCheckResult.Failed($"Twilio answered {(int)ex.StatusCode}{(ex.Code is { } code ? $" (error {code})" : "")}: {ex.Message}");
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Twilio could not be reached for the setup check");
            return TwilioCheckResult.Failed($"Twilio could not be reached from this server: {ex.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return TwilioCheckResult.Failed("Twilio did not answer in time. Try again in a moment.");
        }
    }
}
