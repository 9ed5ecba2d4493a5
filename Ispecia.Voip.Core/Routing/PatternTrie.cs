using System.Numerics;

namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// The prefix, <c>*</c> and FreePBX patterns of a <see cref="PatternIndex"/> as a digit trie: one level per fixed
/// position, an edge per literal digit or per digit set (<c>X</c>, <c>N</c>, <c>Z</c>, <c>[1-5]</c>), and at each node
/// the slots of the patterns whose fixed positions end there. Patterns share their common start, so a search visits
/// at most one node per digit of the number for literal edges, plus the digit-set edges that accept the digit; a
/// subtree whose best rank cannot beat what the search has found is skipped.
/// </summary>
internal sealed class PatternTrie
{
    private readonly PatternTrie?[]? digits;
    private readonly (ushort Allowed, PatternTrie Next)[] sets;
    private readonly RouteSlot? ends;
    private readonly RouteSlot? endsOrGoesOn;
    private readonly RouteSlot? goesOn;

    private PatternTrie(PatternTrie?[]? digits, (ushort Allowed, PatternTrie Next)[] sets, RouteSlot? ends, RouteSlot? endsOrGoesOn, RouteSlot? goesOn)
    {
        this.digits = digits;
        this.sets = sets;
        this.ends = ends;
        this.endsOrGoesOn = endsOrGoesOn;
        this.goesOn = goesOn;
        Best = new[] { ends?.Best, endsOrGoesOn?.Best, goesOn?.Best }
            .Concat(digits?.Select(d => d?.Best) ?? [])
            .Concat(sets.Select(s => (int?)s.Next.Best))
            .Min(b => b ?? int.MaxValue);
    }

    /// <summary>The lowest rank in this subtree.</summary>
    public int Best { get; }

    /// <param name="Positions">The digits allowed at each fixed position.</param>
    /// <param name="Tail">What may follow them.</param>
    /// <param name="Slot">The routes using this pattern.</param>
    public sealed record Path(ushort[] Positions, RouteTail Tail, RouteSlot Slot);

    /// <summary>Builds the trie of <paramref name="paths"/>, which are distinct (no two with the same positions and tail).</summary>
    public static PatternTrie Build(IEnumerable<Path> paths) => Build(paths.ToList(), 0);

    /// <summary>The lower of <paramref name="best"/> and the best rank of a slot whose pattern matches <paramref name="number"/>.</summary>
    public int Find(ReadOnlySpan<char> number, ReadOnlySpan<char> caller, int best) => Find(number, 0, caller, best);

    private int Find(ReadOnlySpan<char> number, int depth, ReadOnlySpan<char> caller, int best)
    {
        if (Best >= best)
        {
            return best;
        }

        if (endsOrGoesOn is not null)
        {
            best = endsOrGoesOn.Find(caller, best);
        }

        if (depth == number.Length)
        {
            return ends is null ? best : ends.Find(caller, best);
        }

        if (goesOn is not null)
        {
            best = goesOn.Find(caller, best);
        }

        var digit = number[depth] - '0';
        if (digits?[digit] is { } literal)
        {
            best = literal.Find(number, depth + 1, caller, best);
        }

        foreach (var (allowed, next) in sets)
        {
            if ((allowed & (1 << digit)) != 0)
            {
                best = next.Find(number, depth + 1, caller, best);
            }
        }

        return best;
    }

    private static PatternTrie Build(List<Path> paths, int depth)
    {
        RouteSlot? SlotEnding(RouteTail tail) => paths.FirstOrDefault(p => p.Positions.Length == depth && p.Tail == tail)?.Slot;

        var edges = paths.Where(p => p.Positions.Length > depth)
            .GroupBy(p => p.Positions[depth])
            .Select(g => (Allowed: g.Key, Next: Build(g.ToList(), depth + 1)))
            .ToList();
        PatternTrie?[]? literal = null;
        foreach (var (allowed, next) in edges.Where(e => BitOperations.PopCount(e.Allowed) == 1))
        {
            literal ??= new PatternTrie?[10];
            literal[BitOperations.TrailingZeroCount(allowed)] = next;
        }

        var sets = edges.Where(e => BitOperations.PopCount(e.Allowed) > 1).ToArray();
        return new PatternTrie(literal, sets, SlotEnding(RouteTail.None), SlotEnding(RouteTail.ZeroOrMore), SlotEnding(RouteTail.OneOrMore));
    }
}
