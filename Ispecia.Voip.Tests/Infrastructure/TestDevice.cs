using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// A .NET stand-in for a browser page on the simulator's signalling socket: it speaks the Voice SDK's frames (listen,
/// register, invite, answer, reject, hangup, dtmf) and plays the page's far-end host with placeholder SDP, so flows can
/// be driven without a browser. What it is told is recorded as Ringing, Accepted, Disconnected, Canceled and
/// FarEndClosed (the simulator closed the leg's media).
/// </summary>
public sealed class TestDevice : IAsyncDisposable
{
    private const string FakeSdp = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";

    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentQueue<(string Event, string Sid)> events = new();
    private readonly ConcurrentQueue<JsonObject> frames = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly TaskCompletionSource<IncomingInvite> incoming = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, bool> incomingCalls = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly string token;
    private Task? reading;

    public TestDevice(string token) => this.token = token;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens the socket; with <paramref name="register"/>, listens with the token and registers for calls.</summary>
    public async Task StartAsync(Uri signallingUrl, bool register = true)
    {
        await socket.ConnectAsync(signallingUrl, Ct);
        reading = ReadAsync();
        if (register)
        {
            await SendAsync("listen", new JsonObject { ["token"] = token, ["browserinfo"] = new JsonObject(), ["reconnectTimeout"] = 0 });
            await WaitForFrameAsync("connected");
            await SendAsync("register", new JsonObject { ["media"] = new JsonObject { ["audio"] = true } });
            await WaitForFrameAsync("ready");
        }
    }

    /// <summary>device.connect({params:{To}}): invites with a temporary id; returns the CallSid the gateway then names.</summary>
    public async Task<string> ConnectAsync(string to)
    {
        var temporaryId = "TJS" + Guid.NewGuid().ToString("N");
        var seen = frames.Count;
        await SendAsync("invite", new JsonObject
        {
            ["callsid"] = temporaryId,
            ["sdp"] = FakeSdp,
            ["twilio"] = new JsonObject { ["params"] = $"To={Uri.EscapeDataString(to)}" },
        });
        var named = await WaitForFrameAsync(f => f["type"]?.ToString() is "ringing" or "answer" or "hangup", skip: seen);
        return named["payload"]!["callsid"]!.ToString();
    }

    public Task<IncomingInvite> IncomingAsync() => incoming.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);

    public Task AcceptAsync(string sid) => SendAsync("answer", new JsonObject { ["callsid"] = sid, ["sdp"] = FakeSdp });

    public Task RejectAsync(string sid) => SendAsync("reject", new JsonObject { ["callsid"] = sid });

    public Task HangupAsync(string sid) => SendAsync("hangup", new JsonObject { ["callsid"] = sid });

    public Task SendDigitsAsync(string sid, string digits) => SendAsync("dtmf", new JsonObject { ["callsid"] = sid, ["dtmf"] = digits });

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

            await Task.Delay(50, Ct);
        }

        Assert.Fail($"The device never got {name} (got: {string.Join(", ", events.Select(e => e.Event))}).");
    }

    /// <summary>Sends a raw frame of the SDK's protocol.</summary>
    public async Task SendAsync(string type, JsonObject payload) =>
        await SendTextAsync(new JsonObject { ["type"] = type, ["version"] = "1.6", ["payload"] = payload }.ToJsonString());

    public async Task SendTextAsync(string text)
    {
        await sending.WaitAsync(Ct);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, Ct);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>The first frame of <paramref name="type"/> received after the first <paramref name="skip"/> frames.</summary>
    public Task<JsonObject> WaitForFrameAsync(string type, int skip = 0) => WaitForFrameAsync(f => f["type"]?.ToString() == type, skip);

    public int FramesReceived => frames.Count;

    public async Task<JsonObject> WaitForFrameAsync(Func<JsonObject, bool> match, int skip = 0)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (frames.Skip(skip).FirstOrDefault(match) is { } frame)
            {
                return frame;
            }

            await Task.Delay(20, Ct);
        }

        Assert.Fail($"No matching frame (got: {string.Join(", ", frames.Select(f => f["type"]))}).");
        return null!;
    }

    /// <summary>Drops the socket without a close handshake, like a network failure.</summary>
    public void Abort() => socket.Abort();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }

        if (reading is not null)
        {
            await reading;
        }

        socket.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, stop.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var text = Encoding.UTF8.GetString(message.ToArray());
                if (text == "\n")
                {
                    await SendTextAsync("\n");
                }
                else if (JsonNode.Parse(text) is JsonObject frame)
                {
                    await OnFrameAsync(frame);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed.
        }
    }

    private async Task OnFrameAsync(JsonObject frame)
    {
        frames.Enqueue(frame);
        var payload = frame["payload"] as JsonObject ?? [];
        var sid = payload["callsid"]?.ToString() ?? payload["key"]?.ToString() ?? "";
        switch (frame["type"]?.ToString())
        {
            case "ringing":
                events.Enqueue(("Ringing", sid));
                break;
            case "answer":
                events.Enqueue(("Accepted", sid));
                break;
            case "hangup":
                events.Enqueue(("Disconnected", sid));
                break;
            case "cancel":
                events.Enqueue(("Canceled", sid));
                break;
            case "invite":
                incomingCalls[sid] = true;
                var parameters = payload["parameters"] as JsonObject ?? [];
                var custom = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + parameters["Params"])
                    .ToDictionary(p => p.Key, p => p.Value.ToString());
                incoming.TrySetResult(new IncomingInvite(sid, parameters["From"]?.ToString() ?? "", parameters["To"]?.ToString() ?? "", custom));
                break;
            case "sim-audio" when payload["mode"]?.ToString() == "voice" && incomingCalls.ContainsKey(sid):
                // The incoming call this device accepted is bridged: the far end starts talking.
                events.Enqueue(("Accepted", sid));
                break;
            case "sim-end":
                events.Enqueue(("FarEndClosed", sid));
                break;
            case "sim-answer-offer" or "sim-make-offer":
                await SendAsync("sim-sdp", new JsonObject { ["request"] = payload["request"]?.ToString(), ["sdp"] = FakeSdp });
                break;
        }
    }
}

/// <summary>What the simulator sends a device that rings.</summary>
public sealed record IncomingInvite(string CallSid, string From, string To, Dictionary<string, string> CustomParameters);
