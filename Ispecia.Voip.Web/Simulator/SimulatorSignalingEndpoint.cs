using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Ispecia.Voip.Core.Simulator;
using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Signaling;

namespace Ispecia.Voip.Web.Simulator;

/// <summary>
/// Where the Voice SDK's signalling lands in simulator mode: the WebSocket the SDK opens for wss://…twilio.com/signal,
/// routed here by the simulator's page script (ADR-013). Each socket is one <see cref="SignalingSession"/>.
/// </summary>
public static class SimulatorSignalingEndpoint
{
    public const string Path = "/simulator/signal";

    /// <summary>SDP offers are a few kilobytes; anything far larger is not the SDK talking.</summary>
    private const int MaxFrameBytes = 256 * 1024;

    /// <summary>The SDK reconnects after 15 s without a frame; Twilio's edge keeps well inside that.</summary>
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapSimulatorSignaling(this IEndpointRouteBuilder app)
    {
        app.Map(Path, HandleAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, SignalingGateway gateway, TwilioSimulator simulator, AccessTokenValidator tokens,
        SimulatorCredentials credentials, TimeProvider clock)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.Problem("This is the simulator's signalling WebSocket; open it as a WebSocket.", statusCode: StatusCodes.Status400BadRequest);
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var session = new SignalingSession(
            (text, ct) => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct),
            gateway, simulator, tokens, credentials, clock);
        gateway.Add(session);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, session.Dropped);
        var heartbeat = HeartbeatAsync(session, stop.Token);
        try
        {
            await ReadAsync(socket, session, stop.Token);
        }
        finally
        {
            if (session.Dropped.IsCancellationRequested)
            {
                // No close frame, as when the network fails: the SDK sees 1006 and reconnects.
                socket.Abort();
            }

            session.Closed();
            await stop.CancelAsync();
            await heartbeat;
        }

        return TypedResults.Empty;
    }

    private static async Task ReadAsync(WebSocket socket, SignalingSession session, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (socket.State == WebSocketState.Open && !ct.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(4096), ct);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxFrameBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "Frame too large.", CancellationToken.None);
                    return;
                }

                if (result.EndOfMessage)
                {
                    if (result.MessageType == WebSocketMessageType.Text)
                    {
                        await session.HandleAsync(Encoding.UTF8.GetString(buffer.WrittenSpan), ct);
                    }

                    buffer.Clear();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The page closed or the network went: the session ends like a dropped Twilio connection.
        }
    }

    private static async Task HeartbeatAsync(SignalingSession session, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await session.SendHeartbeatAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // Socket closed.
        }
    }
}
