using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Protocol;

namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>What the simulator tells the SDK about its legs: an incoming <c>invite</c>, <c>ringing</c>, <c>answer</c>, <c>cancel</c>, <c>hangup</c>.</summary>
internal sealed class CallFramesToSdk(
    SignalingSender sender, SignalingCalls calls, FarEndMediaHost farEnd, SignalingLogin login, SimulatorCredentials credentials, SimulatorLog log)
{
    /// <summary>An incoming leg for this connection's identity: the far end makes the offer, the SDK gets the invite.</summary>
    public async Task RingAsync(SimCall leg, IReadOnlyDictionary<string, string> customParameters)
    {
        var offer = await farEnd.MakeOfferAsync(leg.Sid);
        if (offer is null)
        {
            log.Add(leg.Sid, "error", $"{login.Identity}'s page has no far-end media host: the call cannot ring there");
            return;
        }

        calls.Add(new SignalingCall(leg.Sid, outgoing: false) { FarEndSdp = offer, SdkKnowsSid = true });
        var parameters = new JsonObject
        {
            ["CallSid"] = leg.Sid,
            ["AccountSid"] = credentials.AccountSid,
            ["From"] = leg.From,
            ["To"] = leg.To,
            ["ApiVersion"] = TwimlApp.ApiVersion,
            ["Params"] = QueryOf(customParameters),
        };
        await sender.SendAsync(SignalingFrame.Write("invite", new JsonObject { ["callsid"] = leg.Sid, ["sdp"] = offer, ["parameters"] = parameters }), CancellationToken.None);
    }

    /// <summary>The outgoing call this connection placed is ringing: early media carries the far end's ringback.</summary>
    public async Task RingingAsync(SimCall leg)
    {
        if (calls.Find(leg.Sid) is not { Outgoing: true } call)
        {
            return;
        }

        call.SdkKnowsSid = true;
        await sender.SendAsync(SignalingFrame.Write("ringing", new JsonObject { ["callsid"] = leg.Sid, ["sdp"] = call.FarEndSdp }), CancellationToken.None);
        await farEnd.PlayAsync(call, "ringback");
    }

    /// <summary>The leg was answered: by the far end (outgoing), or by some device (incoming: here, or elsewhere).</summary>
    public async Task AnsweredAsync(SimCall leg)
    {
        if (calls.Find(leg.Sid) is not { } call)
        {
            return;
        }

        if (call.Outgoing)
        {
            call.Answered = call.SdkKnowsSid = true;
            await sender.SendAsync(SignalingFrame.Write("answer", new JsonObject { ["callsid"] = leg.Sid, ["sdp"] = call.FarEndSdp }), CancellationToken.None);
            await farEnd.PlayAsync(call, "voice");
        }
        else if (call.Answered)
        {
            await farEnd.PlayAsync(call, "voice");
        }
        else
        {
            // Another device of the same identity took it: stop ringing here (the SDK's "cancel").
            await calls.EndAsync(call, "cancel");
        }
    }

    /// <summary>A conference changed what this leg hears: its far end plays it (voice, hold music or silence).</summary>
    public Task HearsAsync(SimCall leg, string mode) =>
        calls.Find(leg.Sid) is { } call && (call.Outgoing || call.Answered) ? farEnd.PlayAsync(call, mode) : Task.CompletedTask;

    public Task EndedAsync(SimCall leg) =>
        calls.Find(leg.Sid) is { } call ? calls.EndAsync(call, call.Outgoing || call.Answered ? "hangup" : "cancel") : Task.CompletedTask;

    private static string QueryOf(IReadOnlyDictionary<string, string> parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
