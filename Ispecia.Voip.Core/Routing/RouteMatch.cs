namespace Ispecia.Voip.Core.Routing;

/// <summary>The outcome of <see cref="InboundRouter.Match"/>.</summary>
/// <param name="Route">The winning route, or null when none matches (the caller then applies the default).</param>
/// <param name="Called">The called number as matched: E.164 when it could be read as a number.</param>
/// <param name="Caller">The caller as matched: E.164, or as received (e.g. <c>anonymous</c>); null when absent.</param>
/// <param name="Explanation">Every route given, by priority then id, with what became of it and why.</param>
public sealed record RouteMatch(InboundRoute? Route, string Called, string? Caller, IReadOnlyList<RouteDecision> Explanation)
{
    /// <summary>True when a route takes the call.</summary>
    public bool IsMatch => Route is not null;
}
