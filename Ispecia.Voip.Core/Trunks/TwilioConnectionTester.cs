using System.Net;
using Ispecia.Voip.Core.Data;
using Ispecia.Voip.Core.Twilio;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Core.Trunks;

/// <summary>
/// Tests a Twilio trunk by fetching the Twilio account with the configured credentials (Twilio trunks dial
/// through that account). SIP trunks cannot be tested from here: nothing answers a plain HTTP request.
/// </summary>
public sealed class TwilioConnectionTester(
    IDbContextFactory<VoipDbContext> dbFactory,
    TwilioRestClient twilio,
    IOptions<TwilioOptions> options) : ITrunkConnectionTester
{
    public async Task<TrunkTestResult> TestAsync(int trunkId, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var provider = await db.Trunks.Where(t => t.Id == trunkId).Select(t => (TrunkProvider?)t.Provider).FirstOrDefaultAsync(cancellationToken);
            if (provider is null)
            {
                return new TrunkTestResult(false, "This trunk no longer exists; it may have been deleted.");
            }

            if (provider != TrunkProvider.Twilio)
            {
                return new TrunkTestResult(false, "Only Twilio trunks can be tested here; test a SIP trunk by placing a call through it.");
            }
        }

        try
        {
            var account = await twilio.FetchAccountAsync(cancellationToken);
            var name = string.IsNullOrWhiteSpace(account.FriendlyName) ? account.Sid : $"'{account.FriendlyName}'";
            var type = string.IsNullOrWhiteSpace(account.Type) ? "" : $" ({account.Type} account)";
            return string.Equals(account.Status, "active", StringComparison.OrdinalIgnoreCase)
                ? new TrunkTestResult(true, $"Connected: Twilio accepted the credentials for account {name}{type}.")
                : new TrunkTestResult(false, $"Twilio accepted the credentials, but account {name} is {account.Status ?? "not active"}; calls will fail until it is active again.");
        }
        catch (TwilioApiException ex)
        {
            return new TrunkTestResult(false, Explain(ex));
        }
        catch (InvalidOperationException ex)
        {
            // A missing Twilio:AccountSid or Twilio:AuthToken: the message names the key.
            return new TrunkTestResult(false, $"{ex.Message} Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, restart, and test again.");
        }
        catch (HttpRequestException ex)
        {
            return new TrunkTestResult(false, $"Could not reach Twilio at {options.Value.ApiBaseUrl}: {ex.Message} Check the server's internet access and Twilio:ApiBaseUrl.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TrunkTestResult(false, $"Twilio at {options.Value.ApiBaseUrl} did not answer in time; try again in a minute.");
        }
    }

    private static string Explain(TwilioApiException ex)
    {
        var code = ex.Code is { } c ? $" (error {c})" : "";
        return ex.StatusCode switch
        {
            HttpStatusCode.Unauthorized =>
                $"Twilio refused the credentials{code}: check Twilio:AccountSid and Twilio:AuthToken (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN).",
            HttpStatusCode.NotFound =>
                $"Twilio does not know this account{code}: check Twilio:AccountSid (TWILIO_ACCOUNT_SID); it starts with AC.",
            HttpStatusCode.Forbidden =>
                $"Twilio refused access to the account{code}: {ex.Message}",
            _ => $"Twilio answered with an error{code}: {ex.Message}",
        };
    }
}
