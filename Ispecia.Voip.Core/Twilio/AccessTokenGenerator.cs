using Twilio.Jwt.AccessToken;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// Issues the access tokens the browser SDK registers with, through the official library's <see cref="Token"/> and
/// <see cref="VoiceGrant"/>: the client identity, incoming calls allowed, and the TwiML App for outgoing calls.
/// </summary>
public sealed class AccessTokenGenerator(IOptions<TwilioOptions> options, TimeProvider timeProvider)
{
    /// <summary>Twilio refuses tokens that live longer than 24 hours (error 20157).</summary>
    public const int MaxTtlSeconds = 86400;

    /// <summary>Shorter tokens would be renewed more often than the SDK's 10-second refresh margin allows.</summary>
    public const int MinTtlSeconds = 60;

    /// <summary>A token for <paramref name="identity"/> from the configured credentials, valid from now for Twilio:TokenTtlSeconds.</summary>
    /// <exception cref="InvalidOperationException">A credential is missing or the configured TTL is out of range.</exception>
    public AccessToken Create(string identity)
    {
        var settings = options.Value;
        if (settings.TokenTtlSeconds is < MinTtlSeconds or > MaxTtlSeconds)
        {
            throw new InvalidOperationException(
                $"Twilio:TokenTtlSeconds is {settings.TokenTtlSeconds}; it must be between {MinTtlSeconds} and {MaxTtlSeconds} seconds (Twilio refuses tokens that live longer than 24 hours).");
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

    /// <summary>A token from explicit inputs: <c>nbf</c> is <paramref name="issuedAt"/>, <c>exp</c> is <c>nbf</c> + <paramref name="ttl"/>.</summary>
    /// <param name="accountSid">Account SID, written as <c>sub</c>.</param>
    /// <param name="apiKeySid">API key SID, written as <c>iss</c> and as the prefix of <c>jti</c>.</param>
    /// <param name="apiSecret">API key secret, the HMAC key (Twilio's are 32 characters; the library needs at least that).</param>
    /// <param name="twimlAppSid">Application for outgoing calls; no outgoing grant when empty.</param>
    /// <param name="identity">The client identity.</param>
    /// <param name="issuedAt">Written as <c>nbf</c>, in whole seconds.</param>
    /// <param name="ttl">Whole seconds from 1 to <see cref="MaxTtlSeconds"/>.</param>
    /// <param name="outgoingParams">Optional <c>grants.voice.outgoing.params</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ttl"/> is below 1 s or above 24 h.</exception>
    /// <exception cref="ArgumentException"><paramref name="apiSecret"/> is shorter than 32 bytes.</exception>
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

        // HS256 through System.IdentityModel refuses keys under 256 bits with an opaque message; say which setting it is.
        if (System.Text.Encoding.UTF8.GetByteCount(apiSecret) < 32)
        {
            throw new ArgumentException("The API key secret is shorter than 32 characters; use the secret Twilio showed when the API key was created (Twilio:ApiSecret).", nameof(apiSecret));
        }

        var notBefore = DateTimeOffset.FromUnixTimeSeconds(issuedAt.ToUnixTimeSeconds());
        var expires = notBefore.AddSeconds(ttlSeconds);
        var grant = new VoiceGrant
        {
            IncomingAllow = true,
            OutgoingApplicationSid = string.IsNullOrWhiteSpace(twimlAppSid) ? null : twimlAppSid,
            OutgoingApplicationParams = outgoingParams is { Count: > 0 } ? new Dictionary<string, string>(outgoingParams) : null,
        };
        var token = new Token(accountSid, apiKeySid, apiSecret, identity, expires.UtcDateTime, notBefore.UtcDateTime, [grant]);
        return new AccessToken(token.ToJwt(), identity, expires);
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{key} is not set; access tokens cannot be issued without it.") : value;
}
