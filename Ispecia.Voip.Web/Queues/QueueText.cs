using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Web.Queues;

/// <summary>How the queue pages word strategies, max-wait targets and waiting times.</summary>
public static class QueueText
{
    public static string Strategy(QueueStrategy strategy) => strategy switch
    {
        QueueStrategy.RingLongestIdle => "Ring one at a time, longest idle first",
        _ => "Offer to all members",
    };

    public static string AtMaxWait(RouteDestination target) => target switch
    {
        RouteDestination.Agent => "an agent",
        RouteDestination.Team => "a team",
        RouteDestination.ExternalNumber => "forward to a number",
        RouteDestination.Hangup => "hang up",
        _ => "voicemail",
    };

    /// <summary>"0:42", "12:05": how long someone has waited.</summary>
    public static string Waited(TimeSpan waited) =>
        waited < TimeSpan.Zero ? "0:00" : $"{(int)waited.TotalMinutes}:{waited.Seconds:00}";
}
