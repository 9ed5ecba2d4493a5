using Ispecia.Voip.Core.Accounts.Model;

namespace Ispecia.Voip.Core.Presence;

/// <summary>
/// One agent's presence: what their softphone page last reported (the inputs) and the status derived from them, so
/// every instance routes by the same answer and only one of them records each change.
/// </summary>
public class AgentPresence
{
    public string UserId { get; set; } = "";

    public AppUser? User { get; set; }

    public PresenceStatus Status { get; set; } = PresenceStatus.Offline;

    public DateTime Since { get; set; }

    /// <summary>The last heartbeat of the page that holds the agent's registered device; null once that page is gone.</summary>
    public DateTime? LastSeenAt { get; set; }

    public bool DeviceRegistered { get; set; }

    /// <summary>The agent's last keystroke or click on the page, for the automatic Away.</summary>
    public DateTime? LastActivityAt { get; set; }

    /// <summary>Set when a call ends; the wrap-up card being closed clears it.</summary>
    public DateTime? WrapUpUntil { get; set; }
}
