using Ispecia.Voip.Core.Simulator.Protocol;

namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>
/// Who is on one connection: <c>listen</c> checks the access token and answers <c>connected</c>; <c>register</c>
/// turns incoming calls on or off and answers <c>ready</c> or <c>offline</c>.
/// </summary>
internal sealed class SignalingLogin(
    SignalingSender sender, AccessTokenValidator tokens, SimulatorCredentials credentials, SimulatorLog log, TimeProvider clock)
{
    /// <summary>The identity of the last accepted token; null until a <c>listen</c> succeeded.</summary>
    public string? Identity { get; private set; }

    /// <summary>The TwiML App the token lets this connection call out through; null or empty when it may not.</summary>
    public string? OutgoingApplicationSid { get; private set; }

    public bool IsRegistered { get; private set; }

    public void Unregister() => IsRegistered = false;

    public async Task ListenAsync(SignalingFrame frame, CancellationToken ct)
    {
        var result = tokens.Validate(frame.String("token"), credentials.AccountSid, credentials.ApiKey, credentials.ApiSecret);
        if (!result.IsValid || result.Identity is null || !result.IncomingAllowed)
        {
            var code = result.ErrorCode switch
            {
                AccessTokenValidationResult.ExpiredToken => SignalingSession.ExpiredTokenCode,
                AccessTokenValidationResult.ExpirationTooLong => SignalingSession.ExpirationTooLongCode,
                _ => SignalingSession.InvalidTokenCode,
            };
            var message = result.IsValid ? "The token has no voice grant for incoming calls." : result.Message;
            log.Add(null, "error", $"Access token refused: {result.ErrorCode ?? AccessTokenValidationResult.InvalidToken} {message}");
            await sender.SendAsync(SignalingFrame.Error(code, message), ct);
            return;
        }

        if (Identity is not null && Identity != result.Identity)
        {
            await sender.SendAsync(SignalingFrame.Error(SignalingSession.InvalidTokenCode, "A connection keeps the identity it started with."), ct);
            return;
        }

        Identity = result.Identity;
        OutgoingApplicationSid = result.OutgoingApplicationSid;
        var ttl = (long)Math.Max(0, (result.ExpiresAt!.Value - clock.GetUtcNow()).TotalSeconds);
        log.Add(null, "device", $"{Identity}'s access token accepted (expires in {ttl} s)");
        await sender.SendAsync(SignalingFrame.Write("connected", new JsonObject
        {
            ["region"] = "gll",
            ["edge"] = "roaming",
            ["home"] = "simulator",
            ["token"] = new JsonObject { ["identity"] = Identity, ["ttl"] = ttl },
        }), ct);
    }

    public async Task RegisterAsync(SignalingFrame frame, CancellationToken ct)
    {
        if (Identity is null)
        {
            await sender.SendAsync(SignalingFrame.Error(SignalingSession.InvalidTokenCode, "Register before a valid listen: no access token was accepted on this connection."), ct);
            return;
        }

        var audio = frame.Payload["media"] is JsonObject media && media["audio"] is JsonValue flag && flag.TryGetValue<bool>(out var on) && on;
        var wasRegistered = IsRegistered;
        IsRegistered = audio;
        if (audio != wasRegistered)
        {
            log.Add(null, "device", $"{Identity} {(audio ? "registered" : "unregistered")}");
        }

        await sender.SendAsync(SignalingFrame.Write(audio ? "ready" : "offline", []), ct);
    }
}
