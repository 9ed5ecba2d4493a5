using System.Collections.Concurrent;
using Ispecia.Voip.Core.Simulator;
using Microsoft.AspNetCore.SignalR;

namespace Ispecia.Voip.Web.Simulator;

/// <summary>Which device connections belong to which identity, and which connections take part in which call leg.</summary>
public sealed class DeviceRegistry(IHubContext<SimulatedDeviceHub> hub) : ISimulatedDevices
{
    private readonly ConcurrentDictionary<string, string> identityByConnection = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> connectionsByLeg = new();

    public void Register(string connectionId, string identity) => identityByConnection[connectionId] = identity;

    public void Unregister(string connectionId) => identityByConnection.TryRemove(connectionId, out _);

    public void Attach(string legSid, string connectionId) =>
        connectionsByLeg.GetOrAdd(legSid, _ => new())[connectionId] = 0;

    /// <summary>The connection was rung for this leg or placed it.</summary>
    public bool IsOnLeg(string legSid, string connectionId) =>
        connectionsByLeg.TryGetValue(legSid, out var connections) && connections.ContainsKey(connectionId);

    public bool IsRegistered(string identity) => identityByConnection.Values.Contains(identity);

    public IReadOnlyList<string> Identities => [.. identityByConnection.Values.Distinct().Order()];

    public async Task RingAsync(string identity, SimCall leg, IReadOnlyDictionary<string, string> customParameters)
    {
        var connections = identityByConnection.Where(p => p.Value == identity).Select(p => p.Key).ToList();
        foreach (var connection in connections)
        {
            Attach(leg.Sid, connection);
        }

        await hub.Clients.Clients(connections).SendAsync("Incoming", new
        {
            callSid = leg.Sid,
            from = leg.From,
            to = $"client:{identity}",
            customParameters,
        });
    }

    public Task AcceptedAsync(SimCall leg) => Send(leg, "Accepted");

    public Task RingingAsync(SimCall leg) => Send(leg, "Ringing");

    public async Task EndedAsync(SimCall leg, bool wasAnswered)
    {
        await Send(leg, wasAnswered ? "Disconnected" : "Canceled");
        connectionsByLeg.TryRemove(leg.Sid, out _);
    }

    private Task Send(SimCall leg, string method) =>
        connectionsByLeg.TryGetValue(leg.Sid, out var connections) && !connections.IsEmpty
            ? hub.Clients.Clients([.. connections.Keys]).SendAsync(method, leg.Sid)
            : Task.CompletedTask;
}
