namespace Ispecia.Voip.Core.Calls.Events;

/// <summary>
/// Pushes call events to the people who should see them (the agents concerned, plus supervisors and admins).
/// The Web project implements it over the SignalR hub; Core only publishes.
/// </summary>
public interface ICallNotifier
{
    /// <summary>A call is ringing these agents' browsers now: the screen-pop.</summary>
    Task IncomingCallAsync(IReadOnlyCollection<string> agentUserIds, IncomingCallEvent incoming);

    /// <summary>Status, outcome or duration of a call changed.</summary>
    Task CallUpdatedAsync(IReadOnlyCollection<string> agentUserIds, CallUpdatedEvent update);

    /// <summary>An inbound call ended before anyone answered.</summary>
    Task MissedCallAsync(IReadOnlyCollection<string> agentUserIds, MissedCallEvent missed);

    /// <summary>A recording or voicemail of a call can be played.</summary>
    Task RecordingReadyAsync(IReadOnlyCollection<string> agentUserIds, RecordingReadyEvent recording);
}
