namespace Ispecia.Voip.Core.Simulator.Protocol;

/// <summary>
/// What Twilio would make of an access token: accepted with its identity and voice grant,
/// or refused with Twilio's error code and message.
/// </summary>
public sealed record AccessTokenValidationResult
{
    /// <summary>Twilio error 20101, "Invalid Access Token".</summary>
    public const int InvalidToken = 20101;

    /// <summary>Twilio error 20104, "Access Token expired or expiration date invalid".</summary>
    public const int ExpiredToken = 20104;

    /// <summary>Twilio error 20157, "Expiration Time Exceeds Maximum Time Allowed" (more than 24 hours ahead).</summary>
    public const int ExpirationTooLong = 20157;

    /// <summary>Null when the token is accepted.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>Why the token was refused; empty when accepted.</summary>
    public string Message { get; init; } = "";

    /// <summary><c>grants.identity</c> of an accepted token.</summary>
    public string? Identity { get; init; }

    /// <summary>The <c>exp</c> claim of an accepted token.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary><c>grants.voice.incoming.allow</c>: the identity may receive calls.</summary>
    public bool IncomingAllowed { get; init; }

    /// <summary><c>grants.voice.outgoing.application_sid</c>: the TwiML App outgoing calls run, if any.</summary>
    public string? OutgoingApplicationSid { get; init; }

    public bool IsValid => ErrorCode is null;

    public static AccessTokenValidationResult Invalid(string message) => new() { ErrorCode = InvalidToken, Message = message };

    public static AccessTokenValidationResult Expired(DateTimeOffset expiresAt) =>
        new() { ErrorCode = ExpiredToken, Message = $"Access Token expired or expiration date invalid (expired {expiresAt:u}).", ExpiresAt = expiresAt };
}
