namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// The inbound routes parsed once and indexed, for the voice webhook (docs/architecture.md section 7). It picks the
/// same route as <see cref="InboundRouter.Match"/>, by the same rules, without looking at every route: the active
/// routes with valid patterns are ranked once in the router's order (priority, then the more specific DID pattern,
/// then the more specific caller-ID pattern, then id, then input order), and a search over a
/// <see cref="PatternIndex"/> of their DID patterns, then of the caller-ID patterns of the DID patterns that match,
/// returns the lowest rank that accepts both numbers. It writes no explanation; the route tester runs the router for
/// that. Immutable, so calls on any thread may share one.
/// </summary>
public sealed class CompiledRouteTable
{
    private readonly InboundRoute[] byRank;
    private readonly PatternIndex dids;

    private CompiledRouteTable(InboundRoute[] byRank, PatternIndex dids)
    {
        this.byRank = byRank;
        this.dids = dids;
    }

    /// <summary>How many routes can take a call: the active ones whose patterns parse.</summary>
    public int Count => byRank.Length;

    /// <summary>Parses and indexes <paramref name="routes"/>. The table keeps the route objects and returns them as given.</summary>
    /// <param name="routes">All routes, active or not, in any order; the order only breaks ties between routes that share an id (unsaved ones).</param>
    public static CompiledRouteTable Build(IEnumerable<InboundRoute> routes)
    {
        var ranked = routes.Select(RankedRoute.From)
            .Where(r => r.Route.IsActive && r.Error is null)
            .OrderBy(r => r.Route.Priority)
            .ThenByDescending(r => r.Did!.Specificity)
            .ThenByDescending(r => r.CallerSpecificity)
            .ThenBy(r => r.Route.Id)
            .ThenBy(r => r.Position)
            .ToArray();
        var dids = PatternIndex.Build(ranked.Select((r, rank) => (r.Did!, rank, r.Caller)));
        return new CompiledRouteTable([.. ranked.Select(r => r.Route)], dids);
    }

    /// <summary>The route that takes the call, or null when none does.</summary>
    /// <param name="called">The called number as <see cref="RouteNumbers.Normalise(string?, PhoneNumberService)"/> gives it.</param>
    /// <param name="caller">The caller the same way; null, or a word such as <c>anonymous</c>, matches no caller-ID pattern.</param>
    public InboundRoute? Match(string? called, string? caller)
    {
        var digits = DigitsOf(called);
        if (digits.IsEmpty)
        {
            return null;
        }

        var rank = dids.Find(digits, DigitsOf(caller), int.MaxValue);
        return rank == int.MaxValue ? null : byRank[rank];
    }

    /// <summary>The digits a pattern compares (<see cref="RoutePattern.Matches"/>): the number without its leading
    /// <c>+</c>; empty when it is not a number at all, since such a number matches no pattern.</summary>
    private static ReadOnlySpan<char> DigitsOf(string? number)
    {
        if (number is null)
        {
            return default;
        }

        var digits = number.StartsWith('+') ? number.AsSpan(1) : number.AsSpan();
        return digits.ContainsAnyExceptInRange('0', '9') ? default : digits;
    }
}
