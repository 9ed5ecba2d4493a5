namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// Finds routes that can never win, for the warning on the admin page (docs/architecture.md section 7).
/// </summary>
public static class RouteConflictDetector
{
    /// <summary>
    /// Returns each active route that another active route always beats: one that is tried first
    /// (lower priority number, or the same priority and ahead on the tie-breaks of
    /// <see cref="InboundRouter.Match"/>), whose DID pattern matches every number this one matches, and
    /// which has no caller-ID pattern or one that covers this route's. Conservative: a route is
    /// reported only when that is provable from the patterns, never because of an overlap. Inactive
    /// routes and routes with invalid patterns are neither reported nor counted as shadowing.
    /// </summary>
    /// <returns>The unreachable routes by priority then id, each with the first route that shadows it.</returns>
    public static IReadOnlyList<UnreachableRoute> FindUnreachable(IEnumerable<InboundRoute> routes)
    {
        var live = routes.Select(RankedRoute.From)
            .Where(r => r.Route.IsActive && r.Error is null)
            .ToList();
        live.Sort(RankedRoute.Compare);

        var unreachable = new List<UnreachableRoute>();
        for (var i = 1; i < live.Count; i++)
        {
            var route = live[i];
            var shadow = live.Take(i).FirstOrDefault(earlier => Shadows(earlier, route));
            if (shadow is not null)
            {
                unreachable.Add(new UnreachableRoute(route.Route, shadow.Route, Reason(shadow, route)));
            }
        }

        return unreachable.OrderBy(u => u.Route.Priority).ThenBy(u => u.Route.Id).ToList();
    }

    private static bool Shadows(RankedRoute earlier, RankedRoute later) =>
        RankedRoute.Decide(earlier, later) is not null
        && earlier.Did!.Covers(later.Did!)
        && (earlier.Caller is null || (later.Caller is not null && earlier.Caller.Covers(later.Caller)));

    private static string Reason(RankedRoute shadow, RankedRoute route)
    {
        var name = $"'{shadow.Route.Name}' (#{shadow.Route.Id})";
        var callers = shadow.Caller is null ? "" : $" from callers matching {shadow.Caller}";
        var takes = $"answers every call to {route.Did}{callers}";
        return RankedRoute.Decide(shadow, route) switch
        {
            TieBreak.Priority => $"Never wins: {name} {takes}, and its priority {shadow.Route.Priority} is tried first.",
            TieBreak.DidPattern => $"Never wins: {name} {takes} at the same priority, and its DID pattern {shadow.Did} ranks as more specific.",
            TieBreak.CallerPattern => $"Never wins: {name} {takes} at the same priority, and its caller-ID pattern {shadow.Caller} ranks as more specific.",
            TieBreak.Id => $"Never wins: {name} {takes} at the same priority with the same patterns, and its lower id wins the tie.",
            _ => $"Never wins: {name} {takes} at the same priority with the same patterns, and it comes first.",
        };
    }
}
