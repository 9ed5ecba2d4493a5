using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Ispecia.Voip.Core.Simulator.Protocol;
using Microsoft.AspNetCore.WebUtilities;

namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>
/// Twilio's edge for one Voice SDK WebSocket: <c>listen</c> (token check) → <c>connected</c>, <c>register</c> →
/// <c>ready</c>, calls both ways with SDP, DTMF by signalling. The SDP on the far side comes from the far-end media
/// host in the same page (frames typed <c>sim-…</c>), so every leg has a real WebRTC peer. A connection acts only on
/// its own calls.
/// </summary>
public sealed class SignalingSession
{
    // The SDK's own error codes (lib/twilio/errors): 31204 invalid token → 20101, 31205 expired → 20104, 31207 too long → 20157.
    internal const int InvalidTokenCode = 31204;
    internal const int ExpiredTokenCode = 31205;
    internal const int ExpirationTooLongCode = 31207;
    internal const int MalformedRequestCode = 31100;
    internal const int FarEndTimeoutSeconds = 10;

    /// <summary>Below this the far end hears nothing (a muted microphone measures -100).</summary>
    internal const double SilenceDbfs = -70;

    private readonly Func<string, CancellationToken, Task> send;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource dropped = new();
    private readonly ConcurrentDictionary<string, SignalingCall> calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> farEndRequests = new(StringComparer.Ordinal);
    private readonly SignalingGateway gateway;
    private readonly TwilioSimulator simulator;
    private readonly AccessTokenValidator tokens;
    private readonly SimulatorCredentials credentials;
    private readonly TimeProvider clock;
    private string? outgoingApplicationSid;

    public SignalingSession(
        Func<string, CancellationToken, Task> send, SignalingGateway gateway, TwilioSimulator simulator,
        AccessTokenValidator tokens, SimulatorCredentials credentials, TimeProvider clock)
    {
        this.send = send;
        this.gateway = gateway;
        this.simulator = simulator;
        this.tokens = tokens;
        this.credentials = credentials;
        this.clock = clock;
    }

    public string Id { get; } = "WS" + Guid.NewGuid().ToString("N");

    /// <summary>The identity of the last accepted token; null until a <c>listen</c> succeeded.</summary>
    public string? Identity { get; private set; }

    /// <summary>Registered for incoming calls (<c>register {media:{audio:true}}</c> answered with <c>ready</c>).</summary>
    public bool IsRegistered { get; private set; }

    /// <summary>Cancelled when the simulator drops this connection (a simulated network failure).</summary>
    public CancellationToken Dropped => dropped.Token;

    public void Drop() => dropped.Cancel();

    /// <summary>Handles one text frame from the SDK or the far-end host. Never throws for what a client sends.</summary>
    public async Task HandleAsync(string text, CancellationToken ct)
    {
        if (text == SignalingFrame.Heartbeat)
        {
            return;
        }

        if (SignalingFrame.Parse(text) is not { } frame)
        {
            await SendAsync(SignalingFrame.Error(MalformedRequestCode, "Malformed request: not a JSON frame with a type."), ct);
            return;
        }

        switch (frame.Type)
        {
            case "listen":
                await ListenAsync(frame, ct);
                break;
            case "register":
                await RegisterAsync(frame, ct);
                break;
            case "invite":
                await InviteAsync(frame, ct);
                break;
            case "answer":
                await AnswerAsync(frame, ct);
                break;
            case "reject":
                await WithOwnCallAsync(frame, ct, call => RejectAsync(call));
                break;
            case "hangup":
                await WithOwnCallAsync(frame, ct, call => Task.FromResult(simulator.Hangup(call.CallSid)));
                break;
            case "dtmf":
                await WithOwnCallAsync(frame, ct, call =>
                {
                    simulator.DeviceDigits(call.CallSid, frame.String("dtmf") ?? "");
                    return Task.CompletedTask;
                });
                break;
            case "sim-sdp":
                CompleteFarEndRequest(frame.String("request"), frame.String("sdp"));
                break;
            case "sim-level":
                ReportLevel(frame);
                break;
            case "message" or "reinvite":
                // Call messages and ICE restarts are not simulated; acknowledge nothing, as an edge without the feature.
                break;
            default:
                await SendAsync(SignalingFrame.Error(MalformedRequestCode, $"Malformed request: unknown type '{Truncate(frame.Type)}'."), ct);
                break;
        }
    }

    /// <summary>The keep-alive the SDK expects: without a frame for 15 s it drops the socket and reconnects.</summary>
    public Task SendHeartbeatAsync(CancellationToken ct) => SendAsync(SignalingFrame.Heartbeat, ct);

    /// <summary>The socket is gone: stop ringing here, and leave calls in progress to any later connection of the identity.</summary>
    public void Closed()
    {
        IsRegistered = false;
        foreach (var request in farEndRequests.Values)
        {
            request.TrySetResult(null);
        }

        gateway.Remove(this);
    }

    internal bool Owns(string callSid) => calls.ContainsKey(callSid);

    // ---- Called by the gateway for the simulator's legs ----

    /// <summary>An incoming leg for this connection's identity: the far end makes the offer, the SDK gets the invite.</summary>
    internal async Task RingAsync(SimCall leg, IReadOnlyDictionary<string, string> customParameters)
    {
        var offer = await RequestFarEndAsync("sim-make-offer", leg.Sid, null);
        if (offer is null)
        {
            simulator.Log.Add(leg.Sid, "error", $"{Identity}'s page has no far-end media host: the call cannot ring there");
            return;
        }

        calls[leg.Sid] = new SignalingCall(leg.Sid, outgoing: false) { FarEndSdp = offer, SdkKnowsSid = true };
        var parameters = new JsonObject
        {
            ["CallSid"] = leg.Sid,
            ["AccountSid"] = credentials.AccountSid,
            ["From"] = leg.From,
            ["To"] = leg.To,
            ["ApiVersion"] = "2010-04-01",
            ["Params"] = QueryOf(customParameters),
        };
        await SendAsync(SignalingFrame.Write("invite", new JsonObject { ["callsid"] = leg.Sid, ["sdp"] = offer, ["parameters"] = parameters }), CancellationToken.None);
    }

    /// <summary>The outgoing call this connection placed is ringing: early media carries the far end's ringback.</summary>
    internal async Task RingingAsync(SimCall leg)
    {
        if (!calls.TryGetValue(leg.Sid, out var call) || !call.Outgoing)
        {
            return;
        }

        call.SdkKnowsSid = true;
        await SendAsync(SignalingFrame.Write("ringing", new JsonObject { ["callsid"] = leg.Sid, ["sdp"] = call.FarEndSdp }), CancellationToken.None);
        await FarEndAudioAsync(call, "ringback");
    }

    /// <summary>The leg was answered: by the far end (outgoing), or by some device (incoming: here, or elsewhere).</summary>
    internal async Task AnsweredAsync(SimCall leg)
    {
        if (!calls.TryGetValue(leg.Sid, out var call))
        {
            return;
        }

        if (call.Outgoing)
        {
            call.Answered = call.SdkKnowsSid = true;
            await SendAsync(SignalingFrame.Write("answer", new JsonObject { ["callsid"] = leg.Sid, ["sdp"] = call.FarEndSdp }), CancellationToken.None);
            await FarEndAudioAsync(call, "voice");
        }
        else if (call.Answered)
        {
            await FarEndAudioAsync(call, "voice");
        }
        else
        {
            // Another device of the same identity took it: stop ringing here (the SDK's "cancel").
            await EndAsync(call, "cancel");
        }
    }

    internal Task EndedAsync(SimCall leg) =>
        calls.TryGetValue(leg.Sid, out var call) ? EndAsync(call, call.Outgoing || call.Answered ? "hangup" : "cancel") : Task.CompletedTask;

    // ---- From the SDK ----

    private async Task ListenAsync(SignalingFrame frame, CancellationToken ct)
    {
        var result = tokens.Validate(frame.String("token"), credentials.AccountSid, credentials.ApiKey, credentials.ApiSecret);
        if (!result.IsValid || result.Identity is null || !result.IncomingAllowed)
        {
            var code = result.ErrorCode switch
            {
                AccessTokenValidationResult.ExpiredToken => ExpiredTokenCode,
                AccessTokenValidationResult.ExpirationTooLong => ExpirationTooLongCode,
                _ => InvalidTokenCode,
            };
            var message = result.IsValid ? "The token has no voice grant for incoming calls." : result.Message;
            simulator.Log.Add(null, "error", $"Access token refused: {result.ErrorCode ?? AccessTokenValidationResult.InvalidToken} {message}");
            await SendAsync(SignalingFrame.Error(code, message), ct);
            return;
        }

        if (Identity is not null && Identity != result.Identity)
        {
            await SendAsync(SignalingFrame.Error(InvalidTokenCode, "A connection keeps the identity it started with."), ct);
            return;
        }

        Identity = result.Identity;
        outgoingApplicationSid = result.OutgoingApplicationSid;
        var ttl = (long)Math.Max(0, (result.ExpiresAt!.Value - clock.GetUtcNow()).TotalSeconds);
        simulator.Log.Add(null, "device", $"{Identity}'s access token accepted (expires in {ttl} s)");
        await SendAsync(SignalingFrame.Write("connected", new JsonObject
        {
            ["region"] = "gll",
            ["edge"] = "roaming",
            ["home"] = "simulator",
            ["token"] = new JsonObject { ["identity"] = Identity, ["ttl"] = ttl },
        }), ct);
    }

    private async Task RegisterAsync(SignalingFrame frame, CancellationToken ct)
    {
        if (Identity is null)
        {
            await SendAsync(SignalingFrame.Error(InvalidTokenCode, "Register before a valid listen: no access token was accepted on this connection."), ct);
            return;
        }

        var audio = frame.Payload["media"] is JsonObject media && media["audio"] is JsonValue flag && flag.TryGetValue<bool>(out var on) && on;
        var wasRegistered = IsRegistered;
        IsRegistered = audio;
        if (audio != wasRegistered)
        {
            simulator.Log.Add(null, "device", $"{Identity} {(audio ? "registered" : "unregistered")}");
        }

        await SendAsync(SignalingFrame.Write(audio ? "ready" : "offline", []), ct);
    }

    private async Task InviteAsync(SignalingFrame frame, CancellationToken ct)
    {
        var temporaryId = frame.String("callsid");
        var sdp = frame.String("sdp");
        if (Identity is null || string.IsNullOrEmpty(outgoingApplicationSid))
        {
            await SendAsync(SignalingFrame.Error(InvalidTokenCode, "This connection's token does not allow outgoing calls.", temporaryId), ct);
            return;
        }

        if (string.IsNullOrEmpty(temporaryId) || string.IsNullOrEmpty(sdp))
        {
            await SendAsync(SignalingFrame.Error(MalformedRequestCode, "Malformed invite: callsid and sdp are required.", temporaryId), ct);
            return;
        }

        // Answered in the background: the far end's reply arrives as a later frame on this same socket.
        _ = PlaceCallAsync(temporaryId, sdp, frame.Payload["twilio"] as JsonObject);
    }

    /// <summary>The far end answers the offer first, so that ringing (early media) and answer can carry its SDP.</summary>
    private async Task PlaceCallAsync(string temporaryId, string offer, JsonObject? twilio)
    {
        var answer = await RequestFarEndAsync("sim-answer-offer", temporaryId, offer);
        if (answer is null || Identity is not { } identity)
        {
            await SendAsync(SignalingFrame.Write("hangup", new JsonObject
            {
                ["callsid"] = temporaryId,
                ["error"] = new JsonObject { ["code"] = 31000, ["message"] = "The simulator's far end did not answer the offer." },
            }), CancellationToken.None);
            return;
        }

        var query = twilio?["params"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
        var parameters = QueryHelpers.ParseQuery(query.StartsWith('?') ? query : "?" + query)
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);

        // The call is known here before the simulator runs it, so its first ringing finds it.
        simulator.ConnectFromDevice(identity, Id, parameters, sid =>
            calls[sid] = new SignalingCall(sid, outgoing: true) { SdkTemporaryId = temporaryId, FarEndSdp = answer });
    }

    private Task AnswerAsync(SignalingFrame frame, CancellationToken ct) => WithOwnCallAsync(frame, ct, async call =>
    {
        if (call.Outgoing || frame.String("sdp") is not { Length: > 0 } sdp)
        {
            await SendAsync(SignalingFrame.Error(MalformedRequestCode, "Malformed answer: an incoming call and its sdp are required.", call.SdkId), ct);
            return;
        }

        call.Answered = true;
        await SendAsync(SignalingFrame.Write("sim-remote-answer", new JsonObject { ["key"] = call.CallSid, ["sdp"] = sdp }), ct);
        if (!simulator.DeviceAnswered(call.CallSid, accepted: true))
        {
            await EndAsync(call, "cancel");
        }
    });

    private async Task RejectAsync(SignalingCall call)
    {
        if (!call.Outgoing && !call.Answered)
        {
            simulator.DeviceAnswered(call.CallSid, accepted: false);
            await EndAsync(call, null);
        }
    }

    /// <summary>Runs <paramref name="act"/> for the call the frame names, if this connection placed it or was rung for it.</summary>
    private async Task WithOwnCallAsync(SignalingFrame frame, CancellationToken ct, Func<SignalingCall, Task> act)
    {
        var id = frame.String("callsid");
        var call = id is null ? null : calls.GetValueOrDefault(id) ?? calls.Values.FirstOrDefault(c => c.SdkTemporaryId == id);
        if (call is null)
        {
            await SendAsync(SignalingFrame.Error(MalformedRequestCode, $"No call {Truncate(id ?? "(none)")} on this connection."), ct);
            return;
        }

        await act(call);
    }

    // ---- The far-end media host ----

    private async Task<string?> RequestFarEndAsync(string type, string key, string? sdp)
    {
        var request = Guid.NewGuid().ToString("N");
        var answer = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        farEndRequests[request] = answer;
        try
        {
            var payload = new JsonObject { ["request"] = request, ["key"] = key };
            if (sdp is not null)
            {
                payload["sdp"] = sdp;
            }

            await SendAsync(SignalingFrame.Write(type, payload), CancellationToken.None);
            return await answer.Task.WaitAsync(TimeSpan.FromSeconds(FarEndTimeoutSeconds));
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            farEndRequests.TryRemove(request, out _);
        }
    }

    private void CompleteFarEndRequest(string? request, string? sdp)
    {
        if (request is not null && farEndRequests.TryGetValue(request, out var pending))
        {
            pending.TrySetResult(string.IsNullOrEmpty(sdp) ? null : sdp);
        }
    }

    private Task FarEndAudioAsync(SignalingCall call, string mode) =>
        SendAsync(SignalingFrame.Write("sim-audio", new JsonObject { ["key"] = FarEndKey(call), ["mode"] = mode }), CancellationToken.None);

    private void ReportLevel(SignalingFrame frame)
    {
        var key = frame.String("key");
        var call = calls.Values.FirstOrDefault(c => FarEndKey(c) == key);
        if (call is null || frame.Number("dbfs") is not { } dbfs)
        {
            return;
        }

        // Reported every second; logged when it turns to or from silence, else every five seconds.
        var silent = dbfs <= SilenceDbfs;
        var now = clock.GetUtcNow();
        if (call.LastLevelLogged is { } last && last.Silent == silent && now - last.At < TimeSpan.FromSeconds(5))
        {
            return;
        }

        call.LastLevelLogged = (now, silent);
        simulator.Log.Add(call.CallSid, "media", silent
            ? "far end hears the agent: silence"
            : $"far end hears the agent: {dbfs.ToString("0", CultureInfo.InvariantCulture)} dBFS");
    }

    private async Task EndAsync(SignalingCall call, string? tellSdk)
    {
        if (!calls.TryRemove(call.CallSid, out _))
        {
            return;
        }

        if (tellSdk is not null)
        {
            await SendAsync(SignalingFrame.Write(tellSdk, new JsonObject { ["callsid"] = call.SdkId }), CancellationToken.None);
        }

        await SendAsync(SignalingFrame.Write("sim-end", new JsonObject { ["key"] = FarEndKey(call) }), CancellationToken.None);
    }

    // The far end keys its peer by the id it was first asked about: the SDK's temporary id for an outgoing call.
    private static string FarEndKey(SignalingCall call) => call.SdkTemporaryId ?? call.CallSid;

    private async Task SendAsync(string text, CancellationToken ct)
    {
        await sending.WaitAsync(ct);
        try
        {
            await send(text, ct);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // The socket went away mid-send: the read loop sees it too and closes the session.
        }
        finally
        {
            sending.Release();
        }
    }

    private static string QueryOf(IReadOnlyDictionary<string, string> parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64];
}
