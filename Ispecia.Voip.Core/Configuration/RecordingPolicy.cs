namespace Ispecia.Voip.Core.Configuration;

public enum RecordingPolicy
{
    Off,
    All,
}
