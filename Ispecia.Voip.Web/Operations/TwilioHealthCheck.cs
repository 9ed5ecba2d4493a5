using Ispecia.Voip.Core.Twilio;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// Reports whether Twilio's REST API can be reached, never failing readiness: a Twilio outage is not fixed by taking
/// this instance out of the load balancer, and webhooks already in flight still need an answer. Degraded at most.
/// In simulator mode there is nothing to reach, and the report says so.
/// </summary>
public sealed class TwilioHealthCheck(TelephonyMode mode, IOptions<TwilioOptions> twilio, IHttpClientFactory clients) : IHealthCheck
{
    public const string HttpClientName = "twilio-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (mode.IsSimulator)
        {
            return HealthCheckResult.Healthy("Simulated telephony: the built-in simulator is in use, no Twilio account is reached.");
        }

        var baseUrl = string.IsNullOrWhiteSpace(twilio.Value.ApiBaseUrl) ? TwilioOptions.DefaultApiBaseUrl : twilio.Value.ApiBaseUrl.Trim();
        try
        {
            // Any HTTP answer (Twilio says 401 without credentials) proves the network path; no credentials are sent.
            using var response = await clients.CreateClient(HttpClientName).GetAsync(baseUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return HealthCheckResult.Healthy("Twilio's REST API answers.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException or InvalidOperationException)
        {
            return HealthCheckResult.Degraded("Twilio's REST API cannot be reached; calls may fail until it can.", ex);
        }
    }
}
