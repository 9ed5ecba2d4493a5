using Microsoft.AspNetCore.Authorization;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Webhooks;
using Microsoft.AspNetCore.SignalR;

namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>
/// Live call events at /hubs/voip. Thin: on connect it joins the user's groups (own user, and "staff-all"
/// for supervisors and admins) and is listed in <see cref="HubConnectionsByUser"/>; webhook handlers push through <see cref="HubCallNotifier"/>.
/// The page holding the agent's device also sends its heartbeats here, which keep the agent's presence live.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VoipHub(HubConnectionsByUser openConnections, PresenceService presence, RingWatch ringWatch, TimeProvider clock) : Hub<IVoipClient>
{
    // Set on the connection that reported a registered device: only its end takes the agent offline.
    private const string HoldsDevice = "holds-device";
    private const string LastBeat = "last-heartbeat";
    private static readonly TimeSpan MinimumBeat = TimeSpan.FromSeconds(1);

    public const string Path = "/hubs/voip";
    public const string EveryCallGroup = "staff-all";

    public static string UserGroup(string userId) => $"user:{userId}";

    public override async Task OnConnectedAsync()
    {
        var userId = Context.User?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            Context.Abort();
            return;
        }

        openConnections.Add(userId, Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId));
        if (Context.User!.IsInRole(Roles.Admin) || Context.User.IsInRole(Roles.Supervisor))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, EveryCallGroup);
        }

        await base.OnConnectedAsync();
    }

    /// <summary>Every few seconds from the page with the agent's device, and at once when its device or visibility changes.</summary>
    public async Task Heartbeat(bool deviceRegistered, int idleSeconds)
    {
        // A page beats every few seconds; one that beats faster without news is ignored rather than let write the
        // database as fast as it likes.
        var now = clock.GetUtcNow();
        var news = !Context.Items.TryGetValue(HoldsDevice, out var held) || held is not bool was || was != deviceRegistered;
        if (!news && Context.Items.TryGetValue(LastBeat, out var last) && last is DateTimeOffset at && now - at < MinimumBeat)
        {
            return;
        }

        Context.Items[HoldsDevice] = deviceRegistered;
        Context.Items[LastBeat] = now;
        await presence.HeartbeatAsync(UserId, new PageReport(deviceRegistered, idleSeconds), Context.ConnectionAborted);
    }

    /// <summary>The page shows an incoming call: its softphone really rings (<see cref="RingWatch"/>).</summary>
    public Task Ringing(int callId) => ringWatch.ConfirmAsync(UserId, callId, Context.ConnectionAborted);

    /// <summary>The page is being frozen or closed: it will not answer a call, so its agent is Offline now.</summary>
    public async Task PageGone()
    {
        Context.Items[HoldsDevice] = false;
        await presence.PageGoneAsync(UserId, Context.ConnectionAborted);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        openConnections.Remove(Context);
        if (Context.Items.TryGetValue(HoldsDevice, out var holds) && holds is true)
        {
            await presence.PageGoneAsync(UserId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    private string UserId => Context.User!.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
