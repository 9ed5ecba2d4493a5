namespace Ispecia.Voip.Core.Simulator.Protocol;

/// <summary>
/// The simulated account's TwiML App: where Twilio asks the app what to do with a call and reports its progress
/// (paths on this app, as the app's own webhook endpoints are mapped).
/// </summary>
public static class TwimlApp
{
    public const string VoicePath = "/voip/webhook/twilio/voice";

    public const string StatusPath = "/voip/webhook/twilio/status";

    /// <summary>The REST API version every webhook and resource names.</summary>
    public const string ApiVersion = "2010-04-01";
}
