namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// The routes of a <see cref="CompiledRouteTable"/> that share one pattern, by rank (0 is tried first). Of those
/// without a caller-ID pattern only the best can ever win, so only its rank is kept; those with one are indexed
/// again by their caller-ID patterns.
/// </summary>
internal sealed class RouteSlot
{
    private readonly int withoutCaller;
    private readonly PatternIndex? callers;

    public RouteSlot(int withoutCaller, PatternIndex? callers)
    {
        this.withoutCaller = withoutCaller;
        this.callers = callers;
        Best = Math.Min(withoutCaller, callers?.Best ?? int.MaxValue);
    }

    /// <summary>The lowest rank in the slot, whatever the caller: lets a search skip a slot that cannot beat what it has.</summary>
    public int Best { get; }

    /// <summary>The lower of <paramref name="best"/> and the best rank here that accepts <paramref name="caller"/>.</summary>
    /// <param name="caller">The caller's digits; empty when there is no caller number, which no caller-ID pattern accepts.</param>
    public int Find(ReadOnlySpan<char> caller, int best)
    {
        if (Best >= best)
        {
            return best;
        }

        best = Math.Min(best, withoutCaller);
        return callers is null || caller.IsEmpty ? best : callers.Find(caller, default, best);
    }
}
