using Microsoft.AspNetCore.SignalR;

namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>Delivers one call event to this instance's pages and, through the hub (and backplane), to browsers.</summary>
public sealed class CallEventSender(IHubContext<VoipHub, IVoipClient> hub, ILogger<CallEventSender> logger)
{
    public async Task SendAsync(PendingCallEvent pending)
    {
        pending.PublishLocally();
        try
        {
            await pending.Send(hub.Clients.Groups(pending.Groups));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A push that fails (e.g. the backplane is down) must not stop the events behind it.
            logger.LogWarning(ex, "Could not push a call event to {GroupCount} group(s)", pending.Groups.Count);
        }
    }
}
