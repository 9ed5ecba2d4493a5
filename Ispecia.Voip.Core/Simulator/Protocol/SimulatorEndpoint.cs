using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ispecia.Voip.Core.Simulator.Protocol;

/// <summary>
/// Where the app listens, known only once Kestrel has started: the simulator calls the app's webhooks over this
/// loopback address, and signs them for the public base URL when one is configured.
/// </summary>
public sealed class SimulatorEndpoint(IServer server, IOptions<VoipOptions> voip)
{
    /// <summary>Where the simulator serves Twilio's REST API on this app.</summary>
    public const string ApiPath = "/simulator/twilio";

    public string LoopbackBaseUrl
    {
        get
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The simulator needs the app to listen on an HTTP address.");
            return address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
                .TrimEnd('/');
        }
    }

    public string PublicBaseUrl =>
        string.IsNullOrWhiteSpace(voip.Value.PublicBaseUrl) ? LoopbackBaseUrl : voip.Value.PublicBaseUrl.Trim().TrimEnd('/');
}
