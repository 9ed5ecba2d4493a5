namespace Ispecia.Voip.Core.Simulator;

/// <summary>What the simulator did, newest last: webhooks sent and answered, TwiML executed, errors, digits.</summary>
/// <param name="clock">The app's clock; tests that build the simulator by hand may leave it to the system's.</param>
public sealed class SimulatorLog(TimeProvider? clock = null)
{
    private const int Capacity = 500;
    private readonly LinkedList<SimulatorLogEntry> entries = new();
    private readonly Lock gate = new();

    /// <summary>Raised after every entry and every change of the live calls (for the Simulator page).</summary>
    public event Action? Changed;

    /// <summary>The simulator's clock: every part of the engine reads the time from here.</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public void Add(string? callSid, string kind, string message)
    {
        lock (gate)
        {
            entries.AddLast(new SimulatorLogEntry(Clock.GetUtcNow(), callSid, kind, message));
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
