using System.Security.Cryptography;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// Signs webhook requests the way Twilio does (PROTOCOL.md section 2), written independently of the app's validator:
/// the full URL, then each parameter name and value sorted by name, HMAC-SHA1 with the auth token, base64.
/// </summary>
public static class TwilioSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}
