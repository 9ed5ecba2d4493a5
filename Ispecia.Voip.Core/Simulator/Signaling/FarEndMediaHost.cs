namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>
/// The far end of every leg is a real WebRTC peer hosted by the page the SDK runs in, driven by the simulator's own
/// frames (typed <c>sim-…</c>) on the same socket: it makes or answers offers, plays ringback or a voice, and reports
/// the level it hears from the agent.
/// </summary>
internal sealed class FarEndMediaHost(SignalingSender sender, SimulatorLog log, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> requests = new(StringComparer.Ordinal);

    /// <summary>The far end's offer for an incoming leg; null when the page hosts no far end.</summary>
    public Task<string?> MakeOfferAsync(string key) => RequestAsync("sim-make-offer", key, null);

    /// <summary>The far end's answer to the SDK's offer for an outgoing call; null when the page hosts no far end.</summary>
    public Task<string?> AnswerOfferAsync(string key, string offer) => RequestAsync("sim-answer-offer", key, offer);

    /// <summary>A <c>sim-sdp</c> frame: the page's reply to one of the requests above.</summary>
    public void Complete(string? request, string? sdp)
    {
        if (request is not null && requests.TryGetValue(request, out var pending))
        {
            pending.TrySetResult(string.IsNullOrEmpty(sdp) ? null : sdp);
        }
    }

    /// <summary>The connection is gone: nobody will answer the requests still waiting.</summary>
    public void AbandonRequests()
    {
        foreach (var request in requests.Values)
        {
            request.TrySetResult(null);
        }
    }

    /// <summary>The SDK answered an incoming leg: the far end completes its connection with the SDK's answer.</summary>
    public Task ConnectAsync(SignalingCall call, string sdkAnswer, CancellationToken ct) =>
        sender.SendAsync(SignalingFrame.Write("sim-remote-answer", new JsonObject { ["key"] = call.CallSid, ["sdp"] = sdkAnswer }), ct);

    /// <param name="mode">"ringback" while an outgoing call rings, "voice" once it is answered.</param>
    public Task PlayAsync(SignalingCall call, string mode) =>
        sender.SendAsync(SignalingFrame.Write("sim-audio", new JsonObject { ["key"] = call.FarEndKey, ["mode"] = mode }), CancellationToken.None);

    public Task CloseAsync(SignalingCall call) =>
        sender.SendAsync(SignalingFrame.Write("sim-end", new JsonObject { ["key"] = call.FarEndKey }), CancellationToken.None);

    /// <summary>A <c>sim-level</c> frame: what the far end of <paramref name="call"/> hears, reported every second.</summary>
    public void ReportLevel(SignalingCall? call, double? dbfs)
    {
        if (call is null || dbfs is not { } level)
        {
            return;
        }

        // Logged when it turns to or from silence, else every five seconds.
        var silent = level <= SignalingSession.SilenceDbfs;
        var now = clock.GetUtcNow();
        if (call.LastLevelLogged is { } last && last.Silent == silent && now - last.At < TimeSpan.FromSeconds(5))
        {
            return;
        }

        call.LastLevelLogged = (now, silent);
        log.Add(call.CallSid, "media", silent
            ? "far end hears the agent: silence"
            : $"far end hears the agent: {level.ToString("0", CultureInfo.InvariantCulture)} dBFS");
    }

    private async Task<string?> RequestAsync(string type, string key, string? sdp)
    {
        var request = Guid.NewGuid().ToString("N");
        var answer = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        requests[request] = answer;
        try
        {
            var payload = new JsonObject { ["request"] = request, ["key"] = key };
            if (sdp is not null)
            {
                payload["sdp"] = sdp;
            }

            await sender.SendAsync(SignalingFrame.Write(type, payload), CancellationToken.None);
            return await answer.Task.WaitAsync(TimeSpan.FromSeconds(SignalingSession.FarEndTimeoutSeconds));
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            requests.TryRemove(request, out _);
        }
    }
}
