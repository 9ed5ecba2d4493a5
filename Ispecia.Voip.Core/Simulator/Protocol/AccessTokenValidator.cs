using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Ispecia.Voip.Core.Simulator.Protocol;

/// <summary>
/// Checks an access token the way Twilio does when a browser registers: header, HS256 signature with the
/// API key secret, issuer and subject, not-before and expiry against the clock, identity and voice grant.
/// The simulator uses it to refuse the same tokens real Twilio would; the app's tokens come from the official library.
/// </summary>
public sealed class AccessTokenValidator(TimeProvider timeProvider)
{
    /// <summary>The JWT content type Twilio requires in the header.</summary>
    public const string ContentType = "twilio-fpa;v=1";

    /// <summary>Twilio refuses tokens that expire more than 24 hours ahead (error 20157).</summary>
    public const int MaxTtlSeconds = 86400;

    /// <summary>
    /// How far in the future a token's <c>nbf</c> may lie: the app's clock and Twilio's are never exactly in step, and a
    /// token used the moment it is issued must not fail on a server a second behind. RFC 7519 4.1.5 allows "a few
    /// minutes"; Twilio does not publish its figure, so the simulator takes one minute (for nbf and for the 24-hour cap).
    /// </summary>
    public static readonly TimeSpan ClockSkewLeeway = TimeSpan.FromSeconds(60);

    /// <summary>Validates <paramref name="token"/> as issued for this account and API key.</summary>
    public AccessTokenValidationResult Validate(string? token, string accountSid, string apiKeySid, string apiSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiSecret);
        var parts = token?.Split('.');
        if (parts is not { Length: 3 })
        {
            return AccessTokenValidationResult.Invalid("Invalid Access Token: not a JWT (expected header.payload.signature).");
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            if (HeaderProblem(header.RootElement) is { } headerProblem)
            {
                return AccessTokenValidationResult.Invalid($"Invalid Access Token header: {headerProblem}.");
            }

            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiSecret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
            {
                return AccessTokenValidationResult.Invalid("Invalid Access Token signature.");
            }

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return CheckClaims(payload.RootElement, accountSid, apiKeySid);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return AccessTokenValidationResult.Invalid($"Invalid Access Token: {e.Message}");
        }
    }

    private static string? HeaderProblem(JsonElement header) =>
        StringOf(header, "alg") != "HS256" ? "alg must be HS256"
        : StringOf(header, "typ") != "JWT" ? "typ must be JWT"
        : StringOf(header, "cty") != ContentType ? $"cty must be {ContentType}"
        : null;

    private AccessTokenValidationResult CheckClaims(JsonElement claims, string accountSid, string apiKeySid)
    {
        if (StringOf(claims, "iss") != apiKeySid || StringOf(claims, "sub") != accountSid)
        {
            return AccessTokenValidationResult.Invalid("Invalid Access Token issuer/subject.");
        }

        if (!claims.TryGetProperty("exp", out var exp) || exp.ValueKind != JsonValueKind.Number || !exp.TryGetInt64(out var expSeconds))
        {
            return AccessTokenValidationResult.Invalid("Invalid Access Token: exp is missing.");
        }

        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expSeconds);
        if (expSeconds <= now)
        {
            return AccessTokenValidationResult.Expired(expiresAt);
        }

        if (expSeconds - now > MaxTtlSeconds + (long)ClockSkewLeeway.TotalSeconds)
        {
            return new() { ErrorCode = AccessTokenValidationResult.ExpirationTooLong, Message = "Expiration Time Exceeds Maximum Time Allowed (24 hours)." };
        }

        if (claims.TryGetProperty("nbf", out var nbf)
            && (nbf.ValueKind != JsonValueKind.Number || !nbf.TryGetInt64(out var nbfSeconds) || nbfSeconds > now + (long)ClockSkewLeeway.TotalSeconds))
        {
            return AccessTokenValidationResult.Invalid("Invalid Access Token: not valid yet (nbf is in the future).");
        }

        return CheckGrants(claims, expiresAt);
    }

    private static AccessTokenValidationResult CheckGrants(JsonElement claims, DateTimeOffset expiresAt)
    {
        if (!claims.TryGetProperty("grants", out var grants) || grants.ValueKind != JsonValueKind.Object)
        {
            return AccessTokenValidationResult.Invalid("Invalid Access Token: grants are missing.");
        }

        var identity = StringOf(grants, "identity");
        if (string.IsNullOrEmpty(identity))
        {
            return AccessTokenValidationResult.Invalid("Invalid Access Token: grants.identity is missing.");
        }

        if (!grants.TryGetProperty("voice", out var voice) || voice.ValueKind != JsonValueKind.Object)
        {
            return AccessTokenValidationResult.Invalid("Invalid Access Token: no voice grant.");
        }

        var incoming = voice.TryGetProperty("incoming", out var incomingGrant) && incomingGrant.ValueKind == JsonValueKind.Object
            && incomingGrant.TryGetProperty("allow", out var allow) && allow.ValueKind == JsonValueKind.True;
        var application = voice.TryGetProperty("outgoing", out var outgoing) && outgoing.ValueKind == JsonValueKind.Object
            ? StringOf(outgoing, "application_sid")
            : null;
        if (!incoming && string.IsNullOrEmpty(application))
        {
            return AccessTokenValidationResult.Invalid("Invalid Access Token: the voice grant allows neither incoming nor outgoing calls.");
        }

        return new() { Identity = identity, ExpiresAt = expiresAt, IncomingAllowed = incoming, OutgoingApplicationSid = application };
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
