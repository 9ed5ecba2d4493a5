namespace Ispecia.Voip.Core.Routing;

public enum RouteDestination
{
    Agent,
    Team,
    Voicemail,
    ExternalNumber,
    Hangup,

    /// <summary>A call queue: callers wait for a member to take them (Settings -> VoIP -> Queues).</summary>
    Queue,
}
