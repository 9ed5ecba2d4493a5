using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>
/// Live call events at /hubs/voip. Thin: on connect it joins the user's groups (own user, and "staff-all"
/// for supervisors and admins) and is listed in <see cref="HubConnectionsByUser"/>; webhook handlers push through <see cref="HubCallNotifier"/>.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VoipHub(HubConnectionsByUser openConnections) : Hub<IVoipClient>
{
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

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        openConnections.Remove(Context);
        return base.OnDisconnectedAsync(exception);
    }
}
