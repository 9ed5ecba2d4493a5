using System.Security.Cryptography;

namespace Ispecia.Voip.Web.Security;

/// <summary>
/// Browser security headers on every response, error pages included (set when the response starts). The
/// Content-Security-Policy allows only this origin, plus, on pages in Twilio mode, Twilio's signalling, insights and sound
/// hosts (in simulator mode everything is same-origin). Scripts are files, except the import map, which carries a
/// per-request nonce; styles may be inline because MudBlazor sets style attributes and a theme style element.
/// HSTS is added by UseHsts for HTTPS requests, which behind a TLS proxy means the ones a known proxy forwarded.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "voip.csp-nonce";

    /// <summary>The nonce this request's inline script (the import map) must carry.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var isSimulator = app.Services.GetRequiredService<TelephonyMode>().IsSimulator;
        app.Use(async (context, next) =>
        {
            // Hex, so HTML encoding of the attribute cannot change it.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // Only a page loads the Voice SDK; API answers and files name no third party (nothing there needs one).
                var isPage = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce, allowTwilio: isPage && !isSimulator);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }

    public static string ContentSecurityPolicy(string nonce, bool allowTwilio)
    {
        // The Voice SDK signals over wss://*.twilio.com, reports to https://eventgw.twilio.com and plays its ringing
        // sounds from https://sdk.twilio.com; call audio is WebRTC, which CSP does not govern.
        var twilio = allowTwilio ? " https://*.twilio.com wss://*.twilio.com" : "";
        var twilioMedia = allowTwilio ? " https://*.twilio.com https://media.twiliocdn.com" : "";
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            $"connect-src 'self'{twilio}",
            $"media-src 'self' blob:{twilioMedia}",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
