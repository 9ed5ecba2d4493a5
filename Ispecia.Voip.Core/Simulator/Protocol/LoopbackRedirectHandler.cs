using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Core.Simulator.Protocol;

/// <summary>
/// Registered on the Twilio HttpClient in simulator mode only: requests the library addresses to api.twilio.com go to
/// the simulator's REST API on this app's own loopback address, known only once the server has started.
/// </summary>
public sealed class LoopbackRedirectHandler(SimulatorEndpoint endpoint) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && string.Equals(uri.Host, ApiBaseUrlHandler.TwilioApiHost, StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new Uri(endpoint.LoopbackBaseUrl + SimulatorEndpoint.ApiPath + uri.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
