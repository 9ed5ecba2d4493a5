namespace Ispecia.Voip.Core.Presence;

public sealed record PresenceChangedEvent(string UserId, PresenceStatus Status, DateTime Since);
