using Ispecia.Voip.Core.Accounts.Model;

namespace Ispecia.Voip.Core.Presence;

/// <summary>The presence state machine: one pure decision from the inputs, so every instance reaches the same answer.</summary>
public static class PresenceRules
{
    /// <summary>
    /// Offline wins: a tab that stopped answering must not be offered calls whatever it last said. Then the automatic
    /// states of the work (on a call, wrap-up), then what the agent chose, then idleness.
    /// </summary>
    public static PresenceStatus Evaluate(PresenceInputs inputs, DateTime now, PresenceOptions options)
    {
        if (!IsLive(inputs, now, options))
        {
            return PresenceStatus.Offline;
        }

        if (inputs.OnCall)
        {
            return PresenceStatus.OnCall;
        }

        if (inputs.WrapUpUntil is { } until && until > now)
        {
            return PresenceStatus.WrapUp;
        }

        return inputs.Chosen switch
        {
            Availability.DoNotDisturb => PresenceStatus.DoNotDisturb,
            Availability.Away => PresenceStatus.Away,
            _ when IsIdle(inputs, now, options) => PresenceStatus.Away,
            _ => PresenceStatus.Available,
        };
    }

    /// <summary>When a call ends, the wrap-up runs from then (none when switched off).</summary>
    public static DateTime? WrapUpAfterCall(DateTime now, PresenceOptions options) =>
        options.WrapUpSeconds > 0 ? now.AddSeconds(options.WrapUpSeconds) : null;

    /// <summary>The word used in data attributes, the API and the CSV: available, on-call, wrap-up, away, dnd, offline.</summary>
    public static string Word(PresenceStatus status) => status switch
    {
        PresenceStatus.Available => "available",
        PresenceStatus.OnCall => "on-call",
        PresenceStatus.WrapUp => "wrap-up",
        PresenceStatus.Away => "away",
        PresenceStatus.DoNotDisturb => "dnd",
        _ => "offline",
    };

    public static string Label(PresenceStatus status) => status switch
    {
        PresenceStatus.Available => "Available",
        PresenceStatus.OnCall => "On a call",
        PresenceStatus.WrapUp => "Wrap-up",
        PresenceStatus.Away => "Away",
        PresenceStatus.DoNotDisturb => "Do not disturb",
        _ => "Offline",
    };

    private static bool IsLive(PresenceInputs inputs, DateTime now, PresenceOptions options) =>
        inputs.DeviceRegistered && inputs.LastSeenAt is { } seen && now - seen <= TimeSpan.FromSeconds(options.OfflineAfterSeconds);

    private static bool IsIdle(PresenceInputs inputs, DateTime now, PresenceOptions options) =>
        options.AwayAfterMinutes > 0 && inputs.LastActivityAt is { } active && now - active >= TimeSpan.FromMinutes(options.AwayAfterMinutes);
}
