namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>The live legs by CallSid: a leg is tracked when it starts and removed by whoever ends it.</summary>
public sealed class CallRegistry(SimulatorLog log)
{
    private readonly ConcurrentDictionary<string, SimCall> calls = new();

    /// <summary>Oldest first, for the simulator page and its admin API.</summary>
    public IReadOnlyList<SimCall> Live => [.. calls.Values.OrderBy(c => c.StartedAt)];

    public SimCall? Find(string sid) => calls.GetValueOrDefault(sid);

    public SimCall Track(SimCall call)
    {
        calls[call.Sid] = call;
        log.Notify();
        return call;
    }

    /// <summary>True only for the one caller that takes the leg out, so racing callers never end a leg twice.</summary>
    public bool Remove(string sid) => calls.TryRemove(sid, out _);
}
