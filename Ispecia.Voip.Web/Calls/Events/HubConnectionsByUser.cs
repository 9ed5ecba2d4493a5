using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>
/// The open /hubs/voip connections of this instance by user. A hub connection is authenticated once, when it opens, and
/// its groups follow the role it had then; so when an admin changes a user's access, their connections that no longer
/// stand are closed. The browser reconnects on its own, and is let in (with the groups of its new role) only if its
/// sign-in is still valid.
/// </summary>
public sealed class HubConnectionsByUser
{
    private readonly ConcurrentDictionary<string, (string UserId, HubCallerContext Context)> connections = new();
    private readonly SignInCheck check;

    public HubConnectionsByUser(SignInCheck check, UserAccessChanges changes)
    {
        this.check = check;
        changes.Published += userId => _ = CloseRevokedAsync(userId);
    }

    /// <summary>Open connections on this instance, for the metrics.</summary>
    public int Count => connections.Count;

    public void Add(string userId, HubCallerContext context) => connections[context.ConnectionId] = (userId, context);

    public void Remove(HubCallerContext context) => connections.TryRemove(context.ConnectionId, out _);

    private async Task CloseRevokedAsync(string userId)
    {
        foreach (var (_, context) in connections.Values.Where(c => c.UserId == userId))
        {
            if (context.User is not { } user || !await check.IsCurrentAsync(user, fresh: true))
            {
                context.Abort();
            }
        }
    }
}
