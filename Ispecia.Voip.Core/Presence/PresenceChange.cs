namespace Ispecia.Voip.Core.Presence;

/// <summary>One change of an agent's presence, kept for the reports.</summary>
public class PresenceChange
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public PresenceStatus From { get; set; }

    public PresenceStatus To { get; set; }

    public DateTime At { get; set; }
}
