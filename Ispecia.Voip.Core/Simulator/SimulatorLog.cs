namespace Ispecia.Voip.Core.Simulator;

/// <summary>What the simulator did, newest last: webhooks sent and answered, TwiML executed, errors, digits.</summary>
public sealed class SimulatorLog
{
    private const int Capacity = 500;
    private readonly LinkedList<SimulatorLogEntry> entries = new();
    private readonly Lock gate = new();

    /// <summary>Raised after every entry and every change of the live calls (for the Simulator page).</summary>
    public event Action? Changed;

    public void Add(string? callSid, string kind, string message)
    {
        lock (gate)
        {
            entries.AddLast(new SimulatorLogEntry(DateTimeOffset.UtcNow, callSid, kind, message));
            while (entries.Count > Capacity)
            {
                entries.RemoveFirst();
            }
        }

        Notify();
    }

    public void Notify()
    {
        foreach (var handler in Changed?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action)handler)();
            }
            catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
            {
                // A closed page; the others still hear about it.
            }
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<SimulatorLogEntry> Recent(int count = 200)
    {
        lock (gate)
        {
            return [.. entries.Reverse().Take(count)];
        }
    }
}
