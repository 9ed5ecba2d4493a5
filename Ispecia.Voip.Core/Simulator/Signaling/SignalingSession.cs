using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Protocol;

namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>
/// Twilio's edge for one Voice SDK WebSocket: <c>listen</c> (token check) → <c>connected</c>, <c>register</c> →
/// <c>ready</c>, calls both ways with SDP, DTMF by signalling. The SDP on the far side comes from the far-end media
/// host in the same page (frames typed <c>sim-…</c>), so every leg has a real WebRTC peer. A connection acts only on
/// its own calls. This class routes frames; the handlers are <see cref="SignalingLogin"/>,
/// <see cref="CallFramesFromSdk"/>, <see cref="CallFramesToSdk"/> and <see cref="FarEndMediaHost"/>.
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

    private readonly CancellationTokenSource dropped = new();
    private readonly SignalingGateway gateway;
    private readonly SignalingSender sender;
    private readonly SignalingCalls calls;
    private readonly FarEndMediaHost farEnd;
    private readonly SignalingLogin login;
    private readonly CallFramesFromSdk fromSdk;
    private readonly CallFramesToSdk toSdk;

    public SignalingSession(
        Func<string, CancellationToken, Task> send, SignalingGateway gateway, TwilioSimulator simulator,
        AccessTokenValidator tokens, SimulatorCredentials credentials, TimeProvider clock)
    {
        this.gateway = gateway;
        sender = new SignalingSender(send);
        farEnd = new FarEndMediaHost(sender, simulator.Log, clock);
        calls = new SignalingCalls(sender, farEnd);
        login = new SignalingLogin(sender, tokens, credentials, simulator.Log, clock);
        fromSdk = new CallFramesFromSdk(Id, sender, calls, farEnd, login, simulator);
        toSdk = new CallFramesToSdk(sender, calls, farEnd, login, credentials, simulator.Log);
    }

    public string Id { get; } = "WS" + Guid.NewGuid().ToString("N");

    /// <summary>The identity of the last accepted token; null until a <c>listen</c> succeeded.</summary>
    public string? Identity => login.Identity;

    /// <summary>Registered for incoming calls (<c>register {media:{audio:true}}</c> answered with <c>ready</c>).</summary>
    public bool IsRegistered => login.IsRegistered;

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
            await sender.SendAsync(SignalingFrame.Error(MalformedRequestCode, "Malformed request: not a JSON frame with a type."), ct);
            return;
        }

        switch (frame.Type)
        {
            case "listen":
                await login.ListenAsync(frame, ct);
                break;
            case "register":
                await login.RegisterAsync(frame, ct);
                break;
            case "invite":
                await fromSdk.InviteAsync(frame, ct);
                break;
            case "answer":
                await fromSdk.AnswerAsync(frame, ct);
                break;
            case "reject":
                await fromSdk.RejectAsync(frame, ct);
                break;
            case "hangup":
                await fromSdk.HangupAsync(frame, ct);
                break;
            case "dtmf":
                await fromSdk.DtmfAsync(frame, ct);
                break;
            case "sim-sdp":
                farEnd.Complete(frame.String("request"), frame.String("sdp"));
                break;
            case "sim-level":
                farEnd.ReportLevel(calls.FindByFarEndKey(frame.String("key")), frame.Number("dbfs"));
                break;
            case "message" or "reinvite":
                // Call messages and ICE restarts are not simulated; acknowledge nothing, as an edge without the feature.
                break;
            default:
                await sender.SendAsync(SignalingFrame.Error(MalformedRequestCode, $"Malformed request: unknown type '{SignalingFrame.Truncate(frame.Type)}'."), ct);
                break;
        }
    }

    /// <summary>The keep-alive the SDK expects: without a frame for 15 s it drops the socket and reconnects.</summary>
    public Task SendHeartbeatAsync(CancellationToken ct) => sender.SendAsync(SignalingFrame.Heartbeat, ct);

    /// <summary>The socket is gone: stop ringing here, and leave calls in progress to any later connection of the identity.</summary>
    public void Closed()
    {
        login.Unregister();
        farEnd.AbandonRequests();
        gateway.Remove(this);
    }

    // ---- Called by the gateway for the simulator's legs ----

    internal bool Owns(string callSid) => calls.Owns(callSid);

    internal Task RingAsync(SimCall leg, IReadOnlyDictionary<string, string> customParameters) => toSdk.RingAsync(leg, customParameters);

    internal Task RingingAsync(SimCall leg) => toSdk.RingingAsync(leg);

    internal Task AnsweredAsync(SimCall leg) => toSdk.AnsweredAsync(leg);

    internal Task EndedAsync(SimCall leg) => toSdk.EndedAsync(leg);

    internal Task HearsAsync(SimCall leg, string mode) => toSdk.HearsAsync(leg, mode);
}
