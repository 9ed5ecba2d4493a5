namespace Ispecia.Voip.Core.Twilio;

/// <summary>Rebuilds the URL Twilio requested, the string a webhook signature covers.</summary>
public static class PublicUrl
{
    /// <summary>
    /// <paramref name="publicBaseUrl"/> (without a trailing slash) + path + query when it is set, since a proxy
    /// in front of the app hides the origin Twilio used; otherwise scheme://host + pathBase + path + query.
    /// Nothing goes through <see cref="Uri"/>, which would lowercase the host and drop an explicit default port.
    /// </summary>
    /// <param name="publicBaseUrl">Voip:PublicBaseUrl, including any path base; blank means unset.</param>
    /// <param name="scheme">The request scheme, already resolved from X-Forwarded-Proto.</param>
    /// <param name="host">The Host header (with its port, if any), already resolved from X-Forwarded-Host.</param>
    /// <param name="pathBase">The app's path base, escaped as received ("" if none).</param>
    /// <param name="path">The request path, escaped as received.</param>
    /// <param name="query">The query string with its leading '?', or "".</param>
    public static string Build(string? publicBaseUrl, string scheme, string host, string pathBase, string path, string query)
    {
        if (!string.IsNullOrEmpty(query) && !query.StartsWith('?'))
        {
            query = "?" + query;
        }

        return string.IsNullOrWhiteSpace(publicBaseUrl)
            ? $"{scheme}://{host}{pathBase}{path}{query}"
            : $"{publicBaseUrl.Trim().TrimEnd('/')}{path}{query}";
    }
}
