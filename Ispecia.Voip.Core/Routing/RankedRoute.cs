namespace Ispecia.Voip.Core.Routing;

/// <summary>An inbound route with its patterns parsed once, in the order the router tries it.</summary>
/// <param name="Position">Where the route came in the input: the last tie-break, for unsaved routes that share id 0.</param>
internal sealed record RankedRoute(InboundRoute Route, int Position, RoutePattern? Did, RoutePattern? Caller, string? Error)
{
    /// <summary>A route without a caller-ID pattern is less specific than one with <c>*</c>.</summary>
    public int CallerSpecificity => Caller?.Specificity ?? -1;

    public static RankedRoute From(InboundRoute route, int position)
    {
        if (!RoutePattern.TryParse(route.DidPattern, out var did, out var didError))
        {
            return new RankedRoute(route, position, null, null, $"DID pattern '{route.DidPattern}' is invalid: {didError}");
        }

        if (string.IsNullOrWhiteSpace(route.CallerIdPattern))
        {
            return new RankedRoute(route, position, did, null, null);
        }

        return RoutePattern.TryParse(route.CallerIdPattern, out var caller, out var callerError)
            ? new RankedRoute(route, position, did, caller, null)
            : new RankedRoute(route, position, did, null, $"Caller-ID pattern '{route.CallerIdPattern}' is invalid: {callerError}");
    }

    /// <summary>
    /// Which rule puts <paramref name="first"/> ahead of <paramref name="second"/> when both match:
    /// lower priority number, then more specific DID pattern, then more specific caller-ID pattern,
    /// then lower id, then input order. Null when neither is ahead (the same route).
    /// </summary>
    public static TieBreak? Decide(RankedRoute first, RankedRoute second)
    {
        var steps = new (TieBreak Step, int Comparison)[]
        {
            (TieBreak.Priority, second.Route.Priority.CompareTo(first.Route.Priority)),
            (TieBreak.DidPattern, first.Did!.Specificity.CompareTo(second.Did!.Specificity)),
            (TieBreak.CallerPattern, first.CallerSpecificity.CompareTo(second.CallerSpecificity)),
            (TieBreak.Id, second.Route.Id.CompareTo(first.Route.Id)),
            (TieBreak.Position, second.Position.CompareTo(first.Position)),
        };
        var deciding = steps.FirstOrDefault(s => s.Comparison != 0);
        return deciding.Comparison > 0 ? deciding.Step : null;
    }

    /// <summary>Orders routes the way <see cref="Decide"/> ranks them, first-tried first.</summary>
    public static int Compare(RankedRoute a, RankedRoute b) =>
        Decide(a, b) is not null ? -1 : Decide(b, a) is not null ? 1 : 0;
}

/// <summary>The rule that settled which of two matching routes goes first.</summary>
internal enum TieBreak
{
    Priority,
    DidPattern,
    CallerPattern,
    Id,
    Position,
}
