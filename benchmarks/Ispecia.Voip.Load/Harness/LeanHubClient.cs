using System.Net.WebSockets;

namespace Ispecia.Voip.Load.Harness;

/// <summary>
/// One /hubs/voip connection as a load generator holds it: a raw WebSocket speaking the SignalR JSON protocol by hand
/// (the handshake, keep-alive pings, and a byte scan of each invocation for its target and callSid), so that a
/// thousand of them in one process cost little more CPU than their sockets. A browser agent runs one full SignalR
/// client on its own machine; a thousand full clients on the server's own cores would mostly measure themselves.
/// Each frame is timestamped when its last chunk is received, before anything else is done with it.
/// </summary>
public sealed class LeanHubClient : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");
    private static readonly byte[] Close = Encoding.UTF8.GetBytes("{\"type\":7}\u001e");

    private readonly ClientWebSocket socket = new();
    private readonly Action<string, string, long> onInvocation;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private Task receiving = Task.CompletedTask;

    /// <param name="onInvocation">The target, the callSid found in its arguments ("" when none) and the receipt timestamp.</param>
    private LeanHubClient(Action<string, string, long> onInvocation) => this.onInvocation = onInvocation;

    /// <summary>Invocations received; the scenario compares its own count of expected deliveries with these.</summary>
    public long Invocations { get; private set; }

    /// <summary>Opens the WebSocket (no negotiate request, as the SignalR client's SkipNegotiation), with the bearer token as the .NET SignalR client sends it.</summary>
    public static async Task<LeanHubClient> ConnectAsync(string baseUrl, string token, Action<string, string, long> onInvocation)
    {
        var client = new LeanHubClient(onInvocation);
        client.socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        client.socket.Options.KeepAliveInterval = TimeSpan.Zero;
        var url = new Uri(baseUrl.Replace("http://", "ws://", StringComparison.Ordinal).Replace("https://", "wss://", StringComparison.Ordinal) + "/hubs/voip");
        await client.socket.ConnectAsync(url, CancellationToken.None);
        await client.SendAsync(Handshake);
        var buffer = new byte[1024];
        var answer = await client.socket.ReceiveAsync(buffer, CancellationToken.None);
        // The handshake answer is "{}\u001e"; an error answer carries "error".
        var text = Encoding.UTF8.GetString(buffer, 0, answer.Count);
        if (text.Contains("error", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"SignalR handshake refused: {text}");
        }

        client.receiving = Task.Run(client.ReceiveLoopAsync);
        return client;
    }

    /// <summary>The client's half of SignalR keep-alive: the server closes a connection it has not heard from in 30 s.</summary>
    public Task PingAsync() => socket.State == WebSocketState.Open ? SendAsync(Ping) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await SendAsync(Close);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone: nothing to close.
        }

        stopping.Cancel();
        await receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        socket.Dispose();
        sending.Dispose();
        stopping.Dispose();
    }

    private async Task SendAsync(byte[] message)
    {
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[4096];
        var filled = 0;
        while (!stopping.IsCancellationRequested)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            ValueWebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(filled), stopping.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                return;
            }

            var at = Stopwatch.GetTimestamp();
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            filled += result.Count;
            if (!result.EndOfMessage)
            {
                continue;
            }

            // One frame may hold several records; each ends with the record separator.
            var frame = buffer.AsSpan(0, filled);
            for (var end = frame.IndexOf(RecordSeparator); end >= 0; end = frame.IndexOf(RecordSeparator))
            {
                Dispatch(frame[..end], at);
                frame = frame[(end + 1)..];
            }

            filled = 0;
        }
    }

    private void Dispatch(ReadOnlySpan<byte> record, long at)
    {
        // Invocations are type 1 (pings 6, close 7); the server writes "type" first.
        if (!record.StartsWith("{\"type\":1,"u8))
        {
            return;
        }

        Invocations++;
        onInvocation(StringAfter(record, "\"target\":\""u8), StringAfter(record, "\"callSid\":\""u8), at);
    }

    /// <summary>The JSON string value after <paramref name="key"/> (our values hold no escapes), or "".</summary>
    private static string StringAfter(ReadOnlySpan<byte> record, ReadOnlySpan<byte> key)
    {
        var start = record.IndexOf(key);
        if (start < 0)
        {
            return "";
        }

        var value = record[(start + key.Length)..];
        var end = value.IndexOf((byte)'"');
        return end < 0 ? "" : Encoding.UTF8.GetString(value[..end]);
    }
}
