using System.Collections.Specialized;
using Twilio.Security;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// Checks X-Twilio-Signature with the official library's <see cref="RequestValidator"/> (which also tries the URL with
/// and without its port, as Twilio's signing is inconsistent there). What the library leaves to its caller is decided
/// here: no auth token or no signature is a refusal, never an exception.
/// </summary>
public static class WebhookSignature
{
    /// <param name="authToken">Twilio:AuthToken, the HMAC key.</param>
    /// <param name="url">The URL exactly as Twilio requested it (see <see cref="PublicUrl"/>).</param>
    /// <param name="form">The POST parameters as received. A repeated name is joined with commas, as the library does.</param>
    /// <param name="signature">The X-Twilio-Signature header.</param>
    public static bool IsValid(string? authToken, string url, IEnumerable<KeyValuePair<string, string>> form, string? signature)
    {
        if (string.IsNullOrEmpty(authToken) || string.IsNullOrEmpty(signature)
            || !Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            return false;
        }

        var parameters = new NameValueCollection(StringComparer.Ordinal);
        foreach (var (name, value) in form)
        {
            parameters.Add(name, value);
        }

        try
        {
            return new RequestValidator(authToken).Validate(url, parameters, signature);
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException)
        {
            // The library's port variation re-parses the URL and throws on shapes it cannot rebuild: not Twilio's URL.
            return false;
        }
    }
}
