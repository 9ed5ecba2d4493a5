using Ispecia.Voip.Core.Twilio;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010;

namespace Ispecia.Voip.Core.Trunks;

/// <summary>
/// Tests a Twilio trunk by fetching the Twilio account with the configured credentials (Twilio trunks dial
/// through that account). SIP trunks cannot be tested from here: nothing answers a plain HTTP request.
/// </summary>
public sealed class TwilioConnectionTester(
    IDbContextFactory<VoipDbContext> dbFactory,
    TwilioApi twilio) : ITrunkConnectionTester
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
            var type = account.Type is null ? "" : $" ({account.Type} account)";
            return account.Status == AccountResource.StatusEnum.Active
                ? new TrunkTestResult(true, $"Connected: Twilio accepted the credentials for account {name}{type}.")
                : new TrunkTestResult(false, $"Twilio accepted the credentials, but account {name} is {account.Status?.ToString() ?? "not active"}; calls will fail until it is active again.");
        }
        catch (ApiException ex)
        {
            return new TrunkTestResult(false, Explain(ex));
        }
        catch (InvalidOperationException ex)
        {
            // A missing Twilio:AccountSid or Twilio:AuthToken: the message names the key.
            return new TrunkTestResult(false, $"{ex.Message} Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, restart, and test again.");
        }
        catch (ApiConnectionException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The library wraps network errors and time-outs alike; the inner exception says which.
            return new TrunkTestResult(false, ex.InnerException is TaskCanceledException
                ? "Twilio did not answer in time; try again in a minute."
                : $"Could not reach Twilio: {ex.InnerException?.Message ?? ex.Message} Check the server's internet access.");
        }
    }

    private static string Explain(ApiException ex)
    {
        var code = ex.Code > 0 ? $" (error {ex.Code})" : "";
        return (HttpStatusCode)ex.Status switch
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
