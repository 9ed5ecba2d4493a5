using Ispecia.Voip.Core.Simulator.Engine;

namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>
/// The simulator's devices are the Voice SDKs connected to its signalling endpoint: this tracks their sessions and
/// tells each one about the legs it placed or was rung for.
/// </summary>
public sealed class SignalingGateway : ISimulatedDevices
{
    private readonly ConcurrentDictionary<string, SignalingSession> sessions = new(StringComparer.Ordinal);

    public void Add(SignalingSession session) => sessions[session.Id] = session;

    public void Remove(SignalingSession session) => sessions.TryRemove(session.Id, out _);

    /// <summary>The identities with a registered device now, for the simulator page.</summary>
    public IReadOnlyList<string> Identities =>
        [.. sessions.Values.Where(s => s.IsRegistered && s.Identity is not null).Select(s => s.Identity!).Distinct().Order(StringComparer.Ordinal)];

    public bool IsRegistered(string identity) => Registered(identity).Any();

    /// <summary>Drops every connection of <paramref name="identity"/> without a close handshake; returns how many.</summary>
    public int Drop(string identity)
    {
        var dropped = sessions.Values.Where(s => s.Identity == identity).ToList();
        foreach (var session in dropped)
        {
            session.Drop();
        }

        return dropped.Count;
    }

    public Task RingAsync(string identity, SimCall leg, IReadOnlyDictionary<string, string> customParameters) =>
        Task.WhenAll(Registered(identity).Select(s => s.RingAsync(leg, customParameters)));

    public Task AcceptedAsync(SimCall leg) => Task.WhenAll(OnLeg(leg).Select(s => s.AnsweredAsync(leg)));

    public Task RingingAsync(SimCall leg) => Task.WhenAll(OnLeg(leg).Select(s => s.RingingAsync(leg)));

    public Task HearsAsync(SimCall leg, string mode) => Task.WhenAll(OnLeg(leg).Select(s => s.HearsAsync(leg, mode)));

    public Task EndedAsync(SimCall leg, bool wasAnswered) => Task.WhenAll(OnLeg(leg).Select(s => s.EndedAsync(leg)));

    private IEnumerable<SignalingSession> Registered(string identity) =>
        sessions.Values.Where(s => s.IsRegistered && s.Identity == identity).ToList();

    private IEnumerable<SignalingSession> OnLeg(SimCall leg) => sessions.Values.Where(s => s.Owns(leg.Sid)).ToList();
}
