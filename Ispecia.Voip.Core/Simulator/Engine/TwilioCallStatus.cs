namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>
/// Twilio's CallStatus words, as the simulator reports them in webhooks and REST answers. The simulator plays
/// Twilio's side, so it speaks Twilio's vocabulary and never the app's own call states.
/// </summary>
public static class TwilioCallStatus
{
    public const string Ringing = "ringing";

    public const string InProgress = "in-progress";

    public const string Completed = "completed";

    public const string Busy = "busy";

    public const string NoAnswer = "no-answer";

    public const string Failed = "failed";

    public const string Canceled = "canceled";
}
