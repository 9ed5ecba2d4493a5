using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// Computes and checks X-Twilio-Signature (PROTOCOL.md section 2): HMAC-SHA1, keyed with the auth token,
/// over the URL exactly as Twilio requested it followed by the POST parameters sorted by name.
/// </summary>
public sealed class TwilioRequestValidator
{
    private const string BodyHashParameter = "bodySHA256";

    private readonly Func<string?> authToken;

    /// <summary>Signs with Twilio:AuthToken.</summary>
    public TwilioRequestValidator(IOptions<TwilioOptions> options) => authToken = () => options.Value.AuthToken;

    /// <summary>Signs with the given auth token (the simulator's, or a test's).</summary>
    public TwilioRequestValidator(string authToken) => this.authToken = () => authToken;

    /// <summary>
    /// The signature Twilio sends for a form POST to <paramref name="url"/>. Parameters are sorted by name (ordinal);
    /// a name given several times contributes each distinct value once, values sorted.
    /// </summary>
    /// <exception cref="InvalidOperationException">No auth token is configured.</exception>
    public string ComputeSignature(string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var token = authToken();
        if (string.IsNullOrEmpty(token))
        {
            throw new InvalidOperationException("Twilio:AuthToken is not set; webhook signatures cannot be computed.");
        }

        return Sign(token, url, form);
    }

    /// <summary>
    /// True when <paramref name="signature"/> matches the form POST to <paramref name="url"/>, trying the port and
    /// query spellings Twilio is known to sign. Always false without an auth token or a signature.
    /// </summary>
    public bool IsValid(string url, IEnumerable<KeyValuePair<string, string>> form, string? signature)
    {
        var token = authToken();
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var parameters = form.ToList();
        var given = Encoding.ASCII.GetBytes(signature);
        var matched = false;
        foreach (var variant in SignedUrlVariants.Of(url))
        {
            matched |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(token, variant, parameters)), given);
        }

        return matched;
    }

    /// <summary>
    /// True for an application/json webhook: the URL (which carries bodySHA256) is signed with no parameters,
    /// and bodySHA256 is the SHA-256 of the raw body. False when the URL has no bodySHA256.
    /// </summary>
    public bool IsValidJson(string url, ReadOnlySpan<byte> body, string? signature)
    {
        var expectedHash = QueryValue(url, BodyHashParameter);
        if (expectedHash is null)
        {
            return false;
        }

        var bodyMatches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(ComputeBodySha256(body)), Encoding.ASCII.GetBytes(expectedHash.ToLowerInvariant()));
        return IsValid(url, [], signature) & bodyMatches;
    }

    /// <inheritdoc cref="IsValidJson(string, ReadOnlySpan{byte}, string?)"/>
    public bool IsValidJson(string url, string body, string? signature) => IsValidJson(url, Encoding.UTF8.GetBytes(body), signature);

    /// <summary>The lowercase hex SHA-256 Twilio puts in the bodySHA256 query parameter.</summary>
    public static string ComputeBodySha256(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private static string Sign(string token, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var parameter in form.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in parameter.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(parameter.Key).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(data.ToString())));
    }

    private static string? QueryValue(string url, string name)
    {
        var queryStart = url.IndexOf('?');
        if (queryStart < 0)
        {
            return null;
        }

        var queryEnd = url.IndexOf('#', queryStart);
        var query = url[(queryStart + 1)..(queryEnd < 0 ? url.Length : queryEnd)];
        foreach (var pair in query.Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair.AsSpan(0, equals).SequenceEqual(name))
            {
                return pair[(equals + 1)..];
            }
        }

        return null;
    }
}
