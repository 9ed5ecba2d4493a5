using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Ispecia.Voip.Web.Security;

/// <summary>
/// X-Forwarded-For/-Proto/-Host are believed only from the reverse proxies an operator names (Voip:KnownProxies,
/// Voip:KnownNetworks); from anyone else they are ignored. With none named, the middleware is not used at all, so a
/// client cannot claim HTTPS or another host. ASP.NET Core's default trust of loopback is dropped on purpose: a proxy
/// on the same machine must be named too.
/// </summary>
public static class ProxyTrust
{
    public const string KnownProxiesKey = "Voip:KnownProxies";
    public const string KnownNetworksKey = "Voip:KnownNetworks";

    public static IServiceCollection AddProxyTrust(this IServiceCollection services, IConfiguration configuration)
    {
        var (proxies, networks) = Read(configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // Several trusted hops (a CDN in front of a load balancer) each add an entry; the middleware still stops
            // at the first address that is not a known proxy.
            options.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>First in the pipeline, so HTTPS redirection, HSTS, cookies and the rate limiter see the client's view.</summary>
    public static WebApplication UseProxyTrust(this WebApplication app)
    {
        var (proxies, networks) = Read(app.Configuration);
        if (proxies.Count > 0 || networks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <exception cref="InvalidOperationException">An entry is not an IP address (proxies) or CIDR range (networks).</exception>
    public static (List<IPAddress> Proxies, List<IPNetwork> Networks) Read(IConfiguration configuration)
    {
        var proxies = Values(configuration, KnownProxiesKey).Select(value => IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"{KnownProxiesKey} entry '{value}' is not an IP address; use e.g. 10.0.0.5 or ::1.")).ToList();
        var networks = Values(configuration, KnownNetworksKey).Select(value => IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"{KnownNetworksKey} entry '{value}' is not a CIDR range; use e.g. 10.0.0.0/8.")).ToList();
        return (proxies, networks);
    }

    /// <summary>A JSON array, indexed keys (Voip__KnownProxies__0) or one comma-separated value (Voip__KnownProxies=a,b).</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { Length: > 0 } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? "");
        return values.Select(v => v.Trim()).Where(v => v.Length > 0);
    }
}
