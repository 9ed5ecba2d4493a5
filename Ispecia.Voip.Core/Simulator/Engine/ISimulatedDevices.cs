namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>
/// The engine's port to the browser devices registered with the simulator: the signalling gateway implements it over
/// the Voice SDK's WebSockets, so the engine rings and ends legs without knowing about frames or sockets.
/// </summary>
public interface ISimulatedDevices
{
    /// <summary>Whether any device is registered with this client identity now.</summary>
    bool IsRegistered(string identity);

    /// <summary>Rings every device of <paramref name="identity"/> with the incoming leg and its custom parameters.</summary>
    Task RingAsync(string identity, SimCall leg, IReadOnlyDictionary<string, string> customParameters);

    /// <summary>Tells devices of the call that it was answered (the "accept" of an outgoing call).</summary>
    Task AcceptedAsync(SimCall leg);

    /// <summary>An outgoing call from a device is ringing at the far end.</summary>
    Task RingingAsync(SimCall leg);

    /// <summary>The call ended: disconnect (after answer) or cancel (before), for every device involved.</summary>
    Task EndedAsync(SimCall leg, bool wasAnswered);

    /// <summary>What the device's user hears now in a conference: "voice", "hold" (music) or "silence".</summary>
    Task HearsAsync(SimCall leg, string mode) => Task.CompletedTask;
}
