namespace Ispecia.Voip.Core.Presence;

/// <summary>Tells open pages (the softphones, the wallboard, the transfer picker) that an agent's presence changed.</summary>
public sealed class PresenceFeed : InProcessFeed<PresenceChangedEvent>;
