using Ispecia.Voip.Core.Accounts.Model;

namespace Ispecia.Voip.Core.Presence;

/// <summary>The filter routing puts on the agents it would ring: only those whose presence says a call would reach them.</summary>
public static class RingableAgents
{
    /// <summary>
    /// Available in the stored presence and seen recently (so a page that stopped sending heartbeats is skipped even
    /// before the sweep records it Offline); with <see cref="PresenceOptions.RingOfflineAgents"/>, Offline agents too.
    /// </summary>
    public static IQueryable<VoipAccount> WhoMayRing(this IQueryable<VoipAccount> accounts, VoipDbContext db, PresenceOptions options, DateTime now)
    {
        var seenSince = now.AddSeconds(-options.OfflineAfterSeconds);
        var presences = db.Set<AgentPresence>();
        return options.RingOfflineAgents
            ? accounts.Where(a => !presences.Any(p => p.UserId == a.UserId)
                || presences.Any(p => p.UserId == a.UserId && (p.Status == PresenceStatus.Offline || (p.Status == PresenceStatus.Available && p.LastSeenAt >= seenSince))))
            : accounts.Where(a => presences.Any(p => p.UserId == a.UserId && p.Status == PresenceStatus.Available && p.LastSeenAt >= seenSince));
    }
}
