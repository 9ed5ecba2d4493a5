using Ispecia.Voip.Core.Accounts.Model;

namespace Ispecia.Voip.Core.Presence;

/// <summary>Everything an agent's presence is derived from, at one moment.</summary>
/// <param name="Chosen">What the agent set in the softphone.</param>
/// <param name="LastSeenAt">The last heartbeat of the page with their registered device (null: no such page).</param>
/// <param name="OnCall">They have an answered call that has not ended.</param>
public sealed record PresenceInputs(
    Availability Chosen, DateTime? LastSeenAt, bool DeviceRegistered, bool OnCall, DateTime? WrapUpUntil, DateTime? LastActivityAt);
