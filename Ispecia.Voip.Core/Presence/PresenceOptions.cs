namespace Ispecia.Voip.Core.Presence;

/// <summary>The "Presence" section of appsettings.json.</summary>
public sealed class PresenceOptions
{
    public const string SectionName = "Presence";

    public const string Rules =
        "Presence: WrapUpSeconds must be 0-3600, AwayAfterMinutes 0-1440, HeartbeatSeconds 2-60, RingConfirmSeconds 0 or 2-30, "
        + "and OfflineAfterSeconds at least twice HeartbeatSeconds and at most 300.";

    /// <summary>Wrap-up after a call, unless the agent closes the wrap-up card first; 0 = no wrap-up state.</summary>
    public int WrapUpSeconds { get; set; } = 30;

    /// <summary>An Available agent with no keystroke or click on the page for this long shows Away; 0 = never.</summary>
    public int AwayAfterMinutes { get; set; } = 15;

    /// <summary>
    /// A page that has sent no heartbeat for this long is gone (the page sends one every
    /// <see cref="HeartbeatSeconds"/>; a frozen tab sends none), and its agent is Offline.
    /// </summary>
    public int OfflineAfterSeconds { get; set; } = 15;

    public int HeartbeatSeconds { get; set; } = 5;

    /// <summary>An offered call whose softphone has not said it rings within this long moves on; 0 = never.</summary>
    public int RingConfirmSeconds { get; set; } = 6;

    /// <summary>
    /// Ring agents who show Offline too. Off in production: a caller must never wait on a frozen or closed tab. Test
    /// beds that register devices without a page turn it on.
    /// </summary>
    public bool RingOfflineAgents { get; set; }

    public static bool IsValid(PresenceOptions o) =>
        o.WrapUpSeconds is >= 0 and <= 3600 && o.AwayAfterMinutes is >= 0 and <= 1440 && o.HeartbeatSeconds is >= 2 and <= 60
        && o.OfflineAfterSeconds >= 2 * o.HeartbeatSeconds && o.OfflineAfterSeconds <= 300
        && (o.RingConfirmSeconds == 0 || o.RingConfirmSeconds is >= 2 and <= 30);
}
