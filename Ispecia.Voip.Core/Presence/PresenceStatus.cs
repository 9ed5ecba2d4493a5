namespace Ispecia.Voip.Core.Presence;

/// <summary>What everyone sees of an agent: chosen (Available, Away, DoNotDisturb) or automatic (the rest).</summary>
public enum PresenceStatus
{
    Available,
    OnCall,
    WrapUp,
    Away,
    DoNotDisturb,
    Offline,
}
