using Ispecia.Voip.Core.Simulator;
using Ispecia.Voip.Core.Simulator.Protocol;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ispecia.Voip.Web.Simulator;

/// <summary>
/// The simulated signalling channel for browser devices (the real SDK talks to Twilio's edge instead). A device
/// proves itself with the app's access token, checked exactly as Twilio checks it.
/// </summary>
[AllowAnonymous]
public sealed class SimulatedDeviceHub(
    TwilioSimulator simulator, DeviceRegistry registry, AccessTokenValidator tokens, SimulatorCredentials credentials) : Hub
{
    public const string Path = "/simulator/device";

    /// <summary>Registers the device; returns its identity, or throws with Twilio's code (20101 invalid, 20104 expired).</summary>
    public string Register(string token)
    {
        var identity = Validate(token);
        registry.Register(Context.ConnectionId, identity);
        simulator.Log.Add(null, "device", $"{identity} registered");
        return identity;
    }

    public void Unregister() => registry.Unregister(Context.ConnectionId);

    public string UpdateToken(string token) => Register(token);

    /// <summary>device.connect: places the browser leg; returns its CallSid.</summary>
    public string Connect(string token, Dictionary<string, string> parameters)
    {
        var identity = Validate(token);
        var call = simulator.ConnectFromDevice(identity, Context.ConnectionId, parameters);
        registry.Attach(call.Sid, Context.ConnectionId);
        return call.Sid;
    }

    // A device acts only on the calls that rang it or that it placed, as with Twilio's edge: knowing a CallSid is not enough.
    public bool Accept(string callSid) => IsOnCall(callSid) && simulator.DeviceAnswered(callSid, accepted: true);

    public bool Reject(string callSid) => IsOnCall(callSid) && simulator.DeviceAnswered(callSid, accepted: false);

    public bool Hangup(string callSid) => IsOnCall(callSid) && simulator.Hangup(callSid);

    public void SendDigits(string callSid, string digits)
    {
        if (IsOnCall(callSid))
        {
            simulator.DeviceDigits(callSid, digits);
        }
    }

    public void Mute(string callSid, bool muted)
    {
        if (IsOnCall(callSid))
        {
            simulator.DeviceMuted(callSid, muted);
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        registry.Unregister(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private bool IsOnCall(string callSid) => registry.IsOnLeg(callSid, Context.ConnectionId);

    private string Validate(string token)
    {
        var result = tokens.Validate(token, credentials.AccountSid, credentials.ApiKey, credentials.ApiSecret);
        if (!result.IsValid)
        {
            simulator.Log.Add(null, "error", $"Access token refused: {result.ErrorCode} {result.Message}");
            throw new HubException($"{result.ErrorCode}|{result.Message}");
        }

        if (!result.IncomingAllowed || result.Identity is null)
        {
            throw new HubException($"{AccessTokenValidationResult.InvalidToken}|The token has no voice grant for incoming calls.");
        }

        return result.Identity;
    }
}
