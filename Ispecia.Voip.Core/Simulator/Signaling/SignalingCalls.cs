namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>The calls one connection placed or was rung for: a connection acts on these only.</summary>
internal sealed class SignalingCalls(SignalingSender sender, FarEndMediaHost farEnd)
{
    private readonly ConcurrentDictionary<string, SignalingCall> calls = new(StringComparer.Ordinal);

    public bool Owns(string callSid) => calls.ContainsKey(callSid);

    public void Add(SignalingCall call) => calls[call.CallSid] = call;

    public SignalingCall? Find(string callSid) => calls.GetValueOrDefault(callSid);

    /// <summary>By the id a frame from the SDK names: the CallSid, or the temporary id until the SDK has heard it.</summary>
    public SignalingCall? FindBySdkId(string id) => calls.GetValueOrDefault(id) ?? calls.Values.FirstOrDefault(c => c.SdkTemporaryId == id);

    public SignalingCall? FindByFarEndKey(string? key) => calls.Values.FirstOrDefault(c => c.FarEndKey == key);

    /// <summary>Forgets the call, tells the SDK (<paramref name="tellSdk"/>: hangup, cancel, or nothing) and closes its far end; once only.</summary>
    public async Task EndAsync(SignalingCall call, string? tellSdk)
    {
        if (!calls.TryRemove(call.CallSid, out _))
        {
            return;
        }

        if (tellSdk is not null)
        {
            await sender.SendAsync(SignalingFrame.Write(tellSdk, new JsonObject { ["callsid"] = call.SdkId }), CancellationToken.None);
        }

        await farEnd.CloseAsync(call);
    }
}
