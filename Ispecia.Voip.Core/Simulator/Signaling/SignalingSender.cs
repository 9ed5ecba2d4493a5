namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>
/// One connection's outgoing frames, one at a time (a WebSocket allows a single send in flight). A send to a socket
/// that went away is dropped: the read loop sees it too and closes the session.
/// </summary>
internal sealed class SignalingSender(Func<string, CancellationToken, Task> send)
{
    private readonly SemaphoreSlim sending = new(1, 1);

    public async Task SendAsync(string text, CancellationToken ct)
    {
        await sending.WaitAsync(ct);
        try
        {
            await send(text, ct);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // The socket went away mid-send.
        }
        finally
        {
            sending.Release();
        }
    }
}
