using System.Security.Cryptography;

namespace Ispecia.Voip.Core.Simulator.Protocol;

/// <summary>
/// Twilio's side of X-Twilio-Signature (PROTOCOL.md section 2.1): HMAC-SHA1, keyed with the auth token, over the URL
/// exactly as requested followed by each POST parameter's name and value, sorted by name. The simulator signs every
/// webhook it sends with this; the app checks them with the official library's RequestValidator, which is the
/// reference the contract tests hold this to.
/// </summary>
public static class WebhookSigner
{
    /// <summary>
    /// The signature of a form POST to <paramref name="url"/>. Names are sorted ordinally; a name given several times
    /// contributes each distinct value once, values sorted (Twilio's Python and Node helpers do the same).
    /// </summary>
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        ArgumentException.ThrowIfNullOrEmpty(url);
        var data = new StringBuilder(url);
        foreach (var parameter in form.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in parameter.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(parameter.Key).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}
