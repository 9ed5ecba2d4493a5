using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>A .NET stand-in for the browser's simulated Device: registers with a token and records what it is told.</summary>
public sealed class TestDevice(HubConnection connection, string token) : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Event, string Sid)> events = new();
    private readonly TaskCompletionSource<IncomingInvite> incoming = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HubConnection Connection => connection;

    public async Task StartAsync()
    {
        foreach (var name in new[] { "Ringing", "Accepted", "Disconnected", "Canceled" })
        {
            connection.On<string>(name, sid => events.Enqueue((name, sid)));
        }

        connection.On<IncomingInvite>("Incoming", invite => incoming.TrySetResult(invite));
        await connection.StartAsync(TestContext.Current.CancellationToken);
        await connection.InvokeAsync<string>("Register", token, TestContext.Current.CancellationToken);
    }

    public Task<string> ConnectAsync(string to) =>
        connection.InvokeAsync<string>("Connect", token, new Dictionary<string, string> { ["To"] = to }, TestContext.Current.CancellationToken);

    public Task<IncomingInvite> IncomingAsync() => incoming.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

    public Task AcceptAsync(string sid) => connection.InvokeAsync<bool>("Accept", sid, TestContext.Current.CancellationToken);

    public Task RejectAsync(string sid) => connection.InvokeAsync<bool>("Reject", sid, TestContext.Current.CancellationToken);

    public Task HangupAsync(string sid) => connection.InvokeAsync<bool>("Hangup", sid, TestContext.Current.CancellationToken);

    /// <summary>Whether the device has been told <paramref name="name"/> about call <paramref name="sid"/> so far.</summary>
    public bool WasTold(string name, string sid) => events.Any(e => e.Event == name && e.Sid == sid);

    /// <summary>Waits until the device was told <paramref name="name"/> about call <paramref name="sid"/>.</summary>
    public async Task WaitForAsync(string name, string? sid = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (events.Any(e => e.Event == name && (sid is null || e.Sid == sid)))
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"The device never got {name} (got: {string.Join(", ", events.Select(e => e.Event))}).");
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

/// <summary>What the simulator sends a device that rings.</summary>
public sealed record IncomingInvite(string CallSid, string From, string To, Dictionary<string, string> CustomParameters);
