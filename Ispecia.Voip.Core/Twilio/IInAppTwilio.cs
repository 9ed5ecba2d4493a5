namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// A Twilio that runs inside this app: registered in simulator mode only, by the built-in simulator, which implements
/// it. What the app would otherwise learn from Voip:PublicBaseUrl or from the Twilio console, it asks this, so the
/// app's own code never depends on the simulator.
/// </summary>
public interface IInAppTwilio
{
    /// <summary>The origin this Twilio reaches the app at when Voip:PublicBaseUrl is not set: the app's own listening address.</summary>
    string AppBaseUrl { get; }

    /// <summary>The numbers its account owns.</summary>
    IReadOnlyList<string> PhoneNumbers { get; }
}
