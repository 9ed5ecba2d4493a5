namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// The library always addresses https://api.twilio.com. When Twilio:ApiBaseUrl names another origin (an egress proxy,
/// or a test's stand-in), requests for api.twilio.com go there instead, keeping path and query.
/// </summary>
public sealed class ApiBaseUrlHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    public const string TwilioApiHost = "api.twilio.com";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.ApiBaseUrl?.Trim().TrimEnd('/');
        if (request.RequestUri is { } uri && string.Equals(uri.Host, TwilioApiHost, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(baseUrl) && !string.Equals(baseUrl, TwilioOptions.DefaultApiBaseUrl, StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new Uri(baseUrl + uri.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
