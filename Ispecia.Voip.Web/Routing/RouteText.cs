using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Web.Routing;

/// <summary>How the routes page words destinations and verdicts.</summary>
public static class RouteText
{
    public static string Name(RouteDestination destination) => destination switch
    {
        RouteDestination.Agent => "Agent",
        RouteDestination.Team => "Team",
        RouteDestination.Voicemail => "Voicemail",
        RouteDestination.ExternalNumber => "External number",
        RouteDestination.Queue => "Queue",
        _ => "Hang up",
    };

    /// <summary>Where the route sends calls, e.g. "Team Sales", "Queue Support" or "Forward to (212) 555-0199".</summary>
    /// <param name="queues">Queue names by id, for routes that send callers to a queue.</param>
    public static string Destination(InboundRoute route, PhoneNumberService phones, IReadOnlyDictionary<int, string>? queues = null) => route.Destination switch
    {
        RouteDestination.Queue => $"Queue {QueueName(route.DestinationQueueId, queues)}",
        RouteDestination.Agent => $"Agent {route.DestinationUser?.DisplayName ?? "(missing)"}",
        RouteDestination.Team => $"Team {route.DestinationTeam?.Name ?? "(missing)"}",
        RouteDestination.ExternalNumber => $"Forward to {Number(route.DestinationNumber, phones)}",
        _ => Name(route.Destination),
    };

    /// <summary>What happens when nobody answers; empty for destinations that do not ring anyone.</summary>
    public static string Unanswered(InboundRoute route, PhoneNumberService phones, IReadOnlyDictionary<int, string>? queues = null)
    {
        if (route.Destination is RouteDestination.Voicemail or RouteDestination.Hangup or RouteDestination.Queue)
        {
            return "";
        }

        var fallback = route.Fallback switch
        {
            RouteDestination.ExternalNumber => $"forward to {Number(route.FallbackNumber, phones)}",
            RouteDestination.Queue => $"queue {QueueName(route.FallbackQueueId, queues)}",
            _ => Name(route.Fallback).ToLowerInvariant(),
        };
        return $"after {route.RingTimeoutSeconds} s: {fallback}";
    }

    public static Color Color(RouteVerdict verdict) => verdict switch
    {
        RouteVerdict.Won => MudBlazor.Color.Success,
        RouteVerdict.LostOnPriority or RouteVerdict.LostOnSpecificity or RouteVerdict.LostOnId => MudBlazor.Color.Warning,
        RouteVerdict.InvalidPattern => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    public static string Label(RouteVerdict verdict) => verdict switch
    {
        RouteVerdict.Won => "wins",
        RouteVerdict.Inactive => "inactive",
        RouteVerdict.InvalidPattern => "invalid",
        RouteVerdict.DidDoesNotMatch or RouteVerdict.CallerDoesNotMatch => "no match",
        _ => "loses",
    };

    private static string QueueName(int? id, IReadOnlyDictionary<int, string>? queues) =>
        id is { } queueId ? queues?.GetValueOrDefault(queueId) ?? $"#{queueId}" : "(missing)";

    private static string Number(string? e164, PhoneNumberService phones) => string.IsNullOrEmpty(e164) ? "(missing)" : phones.FormatForDisplay(e164);
}
