using System.Numerics;

namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// Route patterns indexed by their digits, for <see cref="CompiledRouteTable"/>. A pattern that names one number (an
/// exact number, or a FreePBX pattern of literal digits) is a key of a dictionary; every other pattern is a path in a
/// <see cref="PatternTrie"/>. Each pattern leads to the <see cref="RouteSlot"/> of the routes that use it, and a search
/// returns the lowest rank among the slots a number reaches.
/// </summary>
internal sealed class PatternIndex
{
    private readonly Dictionary<string, RouteSlot> exact;
    private readonly Dictionary<string, RouteSlot>.AlternateLookup<ReadOnlySpan<char>> exactByDigits;
    private readonly PatternTrie? trie;

    private PatternIndex(Dictionary<string, RouteSlot> exact, PatternTrie? trie)
    {
        this.exact = exact;
        exactByDigits = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        this.trie = trie;
        Best = Math.Min(exact.Count == 0 ? int.MaxValue : exact.Values.Min(s => s.Best), trie?.Best ?? int.MaxValue);
    }

    /// <summary>The lowest rank anywhere in the index.</summary>
    public int Best { get; }

    /// <summary>
    /// Builds the index of <paramref name="entries"/>: each a pattern, the rank of its route, and the route's
    /// caller-ID pattern (null for none, and always null in an index of caller-ID patterns).
    /// </summary>
    public static PatternIndex Build(IEnumerable<(RoutePattern Pattern, int Rank, RoutePattern? Caller)> entries)
    {
        var exact = new Dictionary<string, SlotBuilder>(StringComparer.Ordinal);
        var paths = new Dictionary<string, SlotBuilder>(StringComparer.Ordinal);
        foreach (var (pattern, rank, caller) in entries)
        {
            var (slots, key) = IsOneNumber(pattern) ? (exact, DigitsOf(pattern.Positions)) : (paths, KeyOf(pattern));
            if (!slots.TryGetValue(key, out var slot))
            {
                slot = new SlotBuilder(pattern.Positions.ToArray(), pattern.Tail);
                slots.Add(key, slot);
            }

            slot.Add(rank, caller);
        }

        var trie = paths.Count == 0 ? null : PatternTrie.Build(paths.Values.Select(p => new PatternTrie.Path(p.Positions, p.Tail, p.Build())));
        return new PatternIndex(exact.ToDictionary(s => s.Key, s => s.Value.Build(), StringComparer.Ordinal), trie);
    }

    /// <summary>The lower of <paramref name="best"/> and the best rank whose pattern matches <paramref name="digits"/>.</summary>
    /// <param name="digits">The number's digits without its <c>+</c>; not empty.</param>
    /// <param name="caller">The caller's digits, passed on to the slots; empty when there is none.</param>
    /// <param name="best">The rank to beat; <see cref="int.MaxValue"/> when there is none yet.</param>
    public int Find(ReadOnlySpan<char> digits, ReadOnlySpan<char> caller, int best)
    {
        if (Best >= best)
        {
            return best;
        }

        if (exact.Count > 0 && exactByDigits.TryGetValue(digits, out var slot))
        {
            best = slot.Find(caller, best);
        }

        return trie is null ? best : trie.Find(digits, caller, best);
    }

    /// <summary>A fixed length of literal digits: equality with one string says whether it matches.</summary>
    private static bool IsOneNumber(RoutePattern pattern)
    {
        if (pattern.Tail != RouteTail.None)
        {
            return false;
        }

        foreach (var allowed in pattern.Positions)
        {
            if (BitOperations.PopCount(allowed) != 1)
            {
                return false;
            }
        }

        return true;
    }

    private static string DigitsOf(ReadOnlySpan<ushort> positions)
    {
        var digits = new char[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            digits[i] = (char)('0' + BitOperations.TrailingZeroCount(positions[i]));
        }

        return new string(digits);
    }

    /// <summary>Patterns with the same positions and tail match the same numbers, whatever their text or kind.</summary>
    private static string KeyOf(RoutePattern pattern)
    {
        var key = new StringBuilder(pattern.Positions.Length + 1).Append((char)pattern.Tail);
        foreach (var allowed in pattern.Positions)
        {
            key.Append((char)allowed);
        }

        return key.ToString();
    }

    private sealed class SlotBuilder(ushort[] positions, RouteTail tail)
    {
        private readonly List<(RoutePattern Pattern, int Rank, RoutePattern? Caller)> callers = [];
        private int withoutCaller = int.MaxValue;

        public ushort[] Positions => positions;

        public RouteTail Tail => tail;

        public void Add(int rank, RoutePattern? caller)
        {
            if (caller is null)
            {
                withoutCaller = Math.Min(withoutCaller, rank);
            }
            else
            {
                callers.Add((caller, rank, null));
            }
        }

        public RouteSlot Build() => new(withoutCaller, callers.Count == 0 ? null : PatternIndex.Build(callers));
    }
}
