namespace Ispecia.Voip.Core.Routing;

/// <summary>What became of one route while <see cref="InboundRouter"/> picked a winner.</summary>
public enum RouteVerdict
{
    /// <summary>This route takes the call.</summary>
    Won,

    /// <summary>Switched off.</summary>
    Inactive,

    /// <summary>A stored pattern does not parse, so the route cannot match anything.</summary>
    InvalidPattern,

    /// <summary>The called number is not one the DID pattern names.</summary>
    DidDoesNotMatch,

    /// <summary>The route has a caller-ID pattern and the caller is not one it names (or is anonymous).</summary>
    CallerDoesNotMatch,

    /// <summary>Matched, but the winner has a lower priority number.</summary>
    LostOnPriority,

    /// <summary>Matched at the same priority, but the winner's DID or caller-ID pattern is more specific.</summary>
    LostOnSpecificity,

    /// <summary>Tied on priority and patterns; the winner has the lower id.</summary>
    LostOnId,
}
