using Microsoft.AspNetCore.WebUtilities;

namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>What the SDK asks of a call: <c>invite</c> (an outgoing call), <c>answer</c>, <c>reject</c>, <c>hangup</c>, <c>dtmf</c>.</summary>
internal sealed class CallFramesFromSdk(
    string connectionId, SignalingSender sender, SignalingCalls calls, FarEndMediaHost farEnd, SignalingLogin login, TwilioSimulator simulator)
{
    public async Task InviteAsync(SignalingFrame frame, CancellationToken ct)
    {
        var temporaryId = frame.String("callsid");
        var sdp = frame.String("sdp");
        if (login.Identity is null || string.IsNullOrEmpty(login.OutgoingApplicationSid))
        {
            await sender.SendAsync(SignalingFrame.Error(SignalingSession.InvalidTokenCode, "This connection's token does not allow outgoing calls.", temporaryId), ct);
            return;
        }

        if (string.IsNullOrEmpty(temporaryId) || string.IsNullOrEmpty(sdp))
        {
            await sender.SendAsync(SignalingFrame.Error(SignalingSession.MalformedRequestCode, "Malformed invite: callsid and sdp are required.", temporaryId), ct);
            return;
        }

        // Answered in the background: the far end's reply arrives as a later frame on this same socket.
        _ = PlaceCallAsync(temporaryId, sdp, frame.Payload["twilio"] as JsonObject);
    }

    public Task AnswerAsync(SignalingFrame frame, CancellationToken ct) => WithOwnCallAsync(frame, ct, async call =>
    {
        if (call.Outgoing || frame.String("sdp") is not { Length: > 0 } sdp)
        {
            await sender.SendAsync(SignalingFrame.Error(SignalingSession.MalformedRequestCode, "Malformed answer: an incoming call and its sdp are required.", call.SdkId), ct);
            return;
        }

        call.Answered = true;
        await farEnd.ConnectAsync(call, sdp, ct);
        if (!simulator.DeviceAnswered(call.CallSid, accepted: true))
        {
            await calls.EndAsync(call, "cancel");
        }
    });

    public Task RejectAsync(SignalingFrame frame, CancellationToken ct) => WithOwnCallAsync(frame, ct, async call =>
    {
        if (!call.Outgoing && !call.Answered)
        {
            simulator.DeviceAnswered(call.CallSid, accepted: false);
            await calls.EndAsync(call, null);
        }
    });

    public Task HangupAsync(SignalingFrame frame, CancellationToken ct) =>
        WithOwnCallAsync(frame, ct, call => Task.FromResult(simulator.Hangup(call.CallSid)));

    public Task DtmfAsync(SignalingFrame frame, CancellationToken ct) => WithOwnCallAsync(frame, ct, call =>
    {
        simulator.DeviceDigits(call.CallSid, frame.String("dtmf") ?? "");
        return Task.CompletedTask;
    });

    /// <summary>The far end answers the offer first, so that ringing (early media) and answer can carry its SDP.</summary>
    private async Task PlaceCallAsync(string temporaryId, string offer, JsonObject? twilio)
    {
        var answer = await farEnd.AnswerOfferAsync(temporaryId, offer);
        if (answer is null || login.Identity is not { } identity)
        {
            await sender.SendAsync(SignalingFrame.Write("hangup", new JsonObject
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
        simulator.ConnectFromDevice(identity, connectionId, parameters, sid =>
            calls.Add(new SignalingCall(sid, outgoing: true) { SdkTemporaryId = temporaryId, FarEndSdp = answer }));
    }

    /// <summary>Runs <paramref name="act"/> for the call the frame names, if this connection placed it or was rung for it.</summary>
    private async Task WithOwnCallAsync(SignalingFrame frame, CancellationToken ct, Func<SignalingCall, Task> act)
    {
        var id = frame.String("callsid");
        var call = id is null ? null : calls.FindBySdkId(id);
        if (call is null)
        {
            await sender.SendAsync(SignalingFrame.Error(SignalingSession.MalformedRequestCode, $"No call {SignalingFrame.Truncate(id ?? "(none)")} on this connection."), ct);
            return;
        }

        await act(call);
    }
}
