namespace Ispecia.Voip.Core.Configuration;

public enum VoipMode
{
    /// <summary>Twilio when every credential is set, else the built-in simulator.</summary>
    Auto,
    Twilio,
    Simulator,
}
