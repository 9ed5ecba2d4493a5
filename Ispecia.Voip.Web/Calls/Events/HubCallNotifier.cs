using Ispecia.Voip.Core.Calls.Events;
using Microsoft.AspNetCore.SignalR;

namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>
/// Sends call events to the agents concerned and to supervisors and admins, through the hub (and the Redis
/// backplane when configured), and to open Blazor pages in this process through <see cref="CallEventsFeed"/>.
/// </summary>
public sealed class HubCallNotifier(IHubContext<VoipHub, IVoipClient> hub, CallEventsFeed feed, ILogger<HubCallNotifier> logger) : ICallNotifier
{
    public Task IncomingCallAsync(IReadOnlyCollection<string> agentUserIds, IncomingCallEvent incoming) =>
        SendAsync(agentUserIds, includeSupervisors: false, c => c.IncomingCall(incoming), () => feed.Publish(incoming));

    public Task CallUpdatedAsync(IReadOnlyCollection<string> agentUserIds, CallUpdatedEvent update) =>
        SendAsync(agentUserIds, includeSupervisors: true, c => c.CallUpdated(update), () => feed.Publish(update));

    public Task MissedCallAsync(IReadOnlyCollection<string> agentUserIds, MissedCallEvent missed) =>
        SendAsync(agentUserIds, includeSupervisors: false, c => c.MissedCall(missed), () => feed.Publish(missed));

    public Task RecordingReadyAsync(IReadOnlyCollection<string> agentUserIds, RecordingReadyEvent recording) =>
        SendAsync(agentUserIds, includeSupervisors: true, c => c.RecordingReady(recording), () => feed.Publish(recording));

    private async Task SendAsync(IReadOnlyCollection<string> userIds, bool includeSupervisors, Func<IVoipClient, Task> send, Action local)
    {
        local();
        var groups = userIds.Select(VoipHub.UserGroup).ToList();
        if (includeSupervisors)
        {
            groups.Add(VoipHub.EveryCallGroup);
        }

        try
        {
            await send(hub.Clients.Groups(groups));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A push that fails (e.g. the backplane is down) must never fail the webhook: Twilio would retry it.
            logger.LogWarning(ex, "Could not push a call event to {GroupCount} group(s)", groups.Count);
        }
    }
}
