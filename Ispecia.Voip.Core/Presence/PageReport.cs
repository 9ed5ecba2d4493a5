namespace Ispecia.Voip.Core.Presence;

/// <summary>A softphone page's heartbeat: is its device registered, and how long since the agent last touched the page.</summary>
public sealed record PageReport(bool DeviceRegistered, int IdleSeconds)
{
    /// <summary>A page reports at most a day of idleness; more is a bad value, read as a day.</summary>
    public const int MaxIdleSeconds = 86_400;

    public int ClampedIdleSeconds => Math.Clamp(IdleSeconds, 0, MaxIdleSeconds);
}
