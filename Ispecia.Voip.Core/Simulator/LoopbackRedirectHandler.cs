namespace Ispecia.Voip.Core.Simulator;

/// <summary>
/// In simulator mode Twilio:ApiBaseUrl names <see cref="SimulatorEndpoint.ApiHost"/>: this handler sends those
/// requests to the app's own loopback address, known only once the server has started.
/// </summary>
public sealed class LoopbackRedirectHandler(SimulatorEndpoint endpoint) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && string.Equals(uri.Host, SimulatorEndpoint.ApiHost, StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new Uri(endpoint.LoopbackBaseUrl + uri.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
