using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// Issues the access tokens the browser SDK registers with: HS256 JWTs signed with the API key secret,
/// carrying the client identity and a voice grant (PROTOCOL.md section 1).
/// </summary>
public sealed class AccessTokenGenerator(IOptions<TwilioOptions> options, TimeProvider timeProvider)
{
    /// <summary>Twilio refuses tokens that live longer than 24 hours (error 20157).</summary>
    public const int MaxTtlSeconds = 86400;

    /// <summary>The JWT content type Twilio requires in the header.</summary>
    public const string ContentType = "twilio-fpa;v=1";

    /// <summary>A token for <paramref name="identity"/> from the configured credentials, valid from now for Twilio:TokenTtlSeconds.</summary>
    /// <exception cref="InvalidOperationException">A credential is missing or the configured TTL is outside 1..86400.</exception>
    public AccessToken Create(string identity)
    {
        var settings = options.Value;
        if (settings.TokenTtlSeconds is < 1 or > MaxTtlSeconds)
        {
            throw new InvalidOperationException(
                $"Twilio:TokenTtlSeconds is {settings.TokenTtlSeconds}; it must be between 1 and {MaxTtlSeconds} seconds (Twilio refuses tokens that live longer than 24 hours).");
        }

        return Create(
            Required(settings.AccountSid, "Twilio:AccountSid"),
            Required(settings.ApiKey, "Twilio:ApiKey"),
            Required(settings.ApiSecret, "Twilio:ApiSecret"),
            settings.TwimlAppSid,
            identity,
            timeProvider.GetUtcNow(),
            TimeSpan.FromSeconds(settings.TokenTtlSeconds));
    }

    /// <summary>A token built from explicit inputs only; the same inputs always give the same token.</summary>
    /// <param name="accountSid">Account SID, written as <c>sub</c>.</param>
    /// <param name="apiKeySid">API key SID, written as <c>iss</c> and as the prefix of <c>jti</c>.</param>
    /// <param name="apiSecret">API key secret, the HMAC key.</param>
    /// <param name="twimlAppSid">Application for outgoing calls; no outgoing grant when empty.</param>
    /// <param name="identity">The client identity.</param>
    /// <param name="issuedAt">Written as <c>nbf</c> and in <c>jti</c>, in whole seconds.</param>
    /// <param name="ttl">Whole seconds from 1 to <see cref="MaxTtlSeconds"/>.</param>
    /// <param name="outgoingParams">Optional <c>grants.voice.outgoing.params</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ttl"/> is below 1 s or above 24 h.</exception>
    public static AccessToken Create(
        string accountSid,
        string apiKeySid,
        string apiSecret,
        string? twimlAppSid,
        string identity,
        DateTimeOffset issuedAt,
        TimeSpan ttl,
        IReadOnlyDictionary<string, string>? outgoingParams = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountSid);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKeySid);
        ArgumentException.ThrowIfNullOrEmpty(apiSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        var ttlSeconds = (long)ttl.TotalSeconds;
        if (ttlSeconds is < 1 or > MaxTtlSeconds)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl,
                $"An access token must live between 1 and {MaxTtlSeconds} seconds (Twilio refuses tokens that live longer than 24 hours).");
        }

        var notBefore = issuedAt.ToUnixTimeSeconds();
        var expires = notBefore + ttlSeconds;
        var signingInput = Encode(WriteHeader()) + "." + Encode(WritePayload(accountSid, apiKeySid, twimlAppSid, identity, notBefore, expires, outgoingParams));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiSecret), Encoding.ASCII.GetBytes(signingInput));
        return new AccessToken(signingInput + "." + Base64Url.EncodeToString(signature), identity, DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{key} is not set; access tokens cannot be issued without it.") : value;

    private static string Encode(ArrayBufferWriter<byte> json) => Base64Url.EncodeToString(json.WrittenSpan);

    private static ArrayBufferWriter<byte> WriteHeader()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        json.WriteString("alg", "HS256");
        json.WriteString("typ", "JWT");
        json.WriteString("cty", ContentType);
        json.WriteEndObject();
        json.Flush();
        return buffer;
    }

    // Claim order follows vector T2 so the token can be compared byte for byte.
    private static ArrayBufferWriter<byte> WritePayload(
        string accountSid, string apiKeySid, string? twimlAppSid, string identity, long notBefore, long expires,
        IReadOnlyDictionary<string, string>? outgoingParams)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        json.WriteString("iss", apiKeySid);
        json.WriteNumber("exp", expires);
        json.WriteString("jti", $"{apiKeySid}-{notBefore}");
        json.WriteString("sub", accountSid);
        json.WriteNumber("nbf", notBefore);
        json.WriteStartObject("grants");
        json.WriteString("identity", identity);
        json.WriteStartObject("voice");
        json.WriteStartObject("incoming");
        json.WriteBoolean("allow", true);
        json.WriteEndObject();
        if (!string.IsNullOrWhiteSpace(twimlAppSid))
        {
            json.WriteStartObject("outgoing");
            json.WriteString("application_sid", twimlAppSid);
            if (outgoingParams is { Count: > 0 })
            {
                json.WriteStartObject("params");
                foreach (var (name, value) in outgoingParams)
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        return buffer;
    }
}
