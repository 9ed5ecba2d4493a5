using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Core.Routing;

/// <summary>A rule for incoming calls (docs/architecture.md section 7).</summary>
public class InboundRoute
{
    public const int NameMaxLength = 80;
    public const int PatternMaxLength = 40;
    public const int NumberMaxLength = 20;
    public const int DefaultRingTimeoutSeconds = 20;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string DidPattern { get; set; } = "";

    public string? CallerIdPattern { get; set; }

    public RouteDestination Destination { get; set; } = RouteDestination.Voicemail;

    public string? DestinationUserId { get; set; }

    public AppUser? DestinationUser { get; set; }

    public int? DestinationTeamId { get; set; }

    public Team? DestinationTeam { get; set; }

    /// <summary>E.164 number for <see cref="RouteDestination.ExternalNumber"/>.</summary>
    public string? DestinationNumber { get; set; }

    /// <summary>The call queue for <see cref="RouteDestination.Queue"/> (Queues declares the key).</summary>
    public int? DestinationQueueId { get; set; }

    public int RingTimeoutSeconds { get; set; } = DefaultRingTimeoutSeconds;

    /// <summary>What happens when nobody answers in time: Voicemail, Hangup, ExternalNumber or Queue.</summary>
    public RouteDestination Fallback { get; set; } = RouteDestination.Voicemail;

    public string? FallbackNumber { get; set; }

    public int? FallbackQueueId { get; set; }

    /// <summary>1 is tried first.</summary>
    public int Priority { get; set; } = 1;

    public bool IsActive { get; set; } = true;

    public int? TrunkId { get; set; }

    public Trunk? Trunk { get; set; }
}
