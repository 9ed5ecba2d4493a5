using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// The DID or caller-ID pattern of an inbound route (docs/architecture.md section 7), parsed once and matched
/// against E.164 numbers:
/// <list type="bullet">
/// <item><c>+14155550100</c>: exactly that number.</item>
/// <item><c>+1555*</c>: every number starting with <c>+1555</c>, including <c>+1555</c> itself.</item>
/// <item><c>*</c>: any number.</item>
/// <item><c>_</c> then FreePBX characters: <c>X</c> = 0-9, <c>Z</c> = 1-9, <c>N</c> = 2-9, <c>[1-5]</c>,
/// <c>[135]</c> or <c>[1-35-7]</c> = one digit of the class, a digit = itself, and a final <c>.</c> = one
/// or more further digits. A <c>+</c> may follow the <c>_</c>; it is optional, so <c>_1NXXNXXXXXX</c>
/// and <c>_+1NXXNXXXXXX</c> both match <c>+14155550100</c>.</item>
/// </list>
/// Matching looks at the digits only and ignores the number's leading <c>+</c>. Anything that is not a
/// number (<c>anonymous</c>, <c>client:alice</c>, an empty caller) matches no pattern, not even <c>*</c>.
/// </summary>
public sealed class RoutePattern
{
    /// <summary>The most digits an E.164 number has; longer patterns could never match.</summary>
    public const int MaxDigits = 15;

    internal const ushort AnyDigit = 0b11_1111_1111;

    private readonly ushort[] positions;
    private readonly RouteTail tail;

    internal RoutePattern(string text, RoutePatternKind kind, ushort[] positions, RouteTail tail)
    {
        Text = text;
        Kind = kind;
        this.positions = positions;
        this.tail = tail;
        Specificity = ScoreOf(kind, positions, tail);
    }

    /// <summary>The allowed digits at each fixed position, one bit per digit; the compiled route table indexes them.</summary>
    internal ReadOnlySpan<ushort> Positions => positions;

    /// <summary>What the pattern allows after <see cref="Positions"/>.</summary>
    internal RouteTail Tail => tail;

    /// <summary>The pattern as written, without surrounding spaces.</summary>
    public string Text { get; }

    /// <summary>Which of the four pattern forms this is.</summary>
    public RoutePatternKind Kind { get; }

    /// <summary>
    /// Breaks priority ties between routes that both match: higher is more specific. The form decides
    /// first, in thousands: exact 3000, FreePBX 2000, prefix 1000, <c>*</c> 0. Within a form an exact
    /// number adds its digit count; a prefix adds its digit count (a longer prefix wins); a FreePBX
    /// pattern adds two points for every digit a position rules out (a literal digit 18, <c>N</c> 4,
    /// <c>Z</c> 2, <c>X</c> 0, <c>[1-5]</c> 10) plus one when it has no trailing <c>.</c>, so fixed digits
    /// beat wildcards and a fixed length beats an open end.
    /// </summary>
    public int Specificity { get; }

    /// <summary>Parses <paramref name="text"/>, or says what is wrong and where (positions count from 1).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RoutePattern? pattern, out string error) =>
        RoutePatternParser.TryParse(text, out pattern, out error);

    /// <summary>Parses a pattern known to be valid, e.g. one that passed validation before it was stored.</summary>
    /// <exception cref="FormatException">The pattern is invalid; the message says why.</exception>
    public static RoutePattern Parse(string text) =>
        TryParse(text, out var pattern, out var error) ? pattern : throw new FormatException(error);

    /// <summary>True when <paramref name="number"/> (E.164, or digits alone) is one this pattern names.</summary>
    public bool Matches(string? number)
    {
        if (number is null)
        {
            return false;
        }

        var digits = number.StartsWith('+') ? number.AsSpan(1) : number.AsSpan();
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9') || !FitsLength(digits.Length))
        {
            return false;
        }

        for (var i = 0; i < positions.Length; i++)
        {
            if ((positions[i] & (1 << (digits[i] - '0'))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when every number <paramref name="other"/> matches is also matched by this pattern, so a
    /// route with this pattern that is tried first leaves nothing for the other.
    /// </summary>
    public bool Covers(RoutePattern other)
    {
        if (tail == RouteTail.None)
        {
            return other.tail == RouteTail.None
                && other.positions.Length == positions.Length
                && positions.Select((allowed, i) => (other.positions[i] & ~allowed) == 0).All(x => x);
        }

        if (other.MinimumLength < MinimumLength)
        {
            return false;
        }

        for (var i = 0; i < positions.Length; i++)
        {
            var theirs = i < other.positions.Length ? other.positions[i] : AnyDigit;
            if ((theirs & ~positions[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private int MinimumLength => positions.Length + (tail == RouteTail.OneOrMore ? 1 : 0);

    private bool FitsLength(int length) => tail switch
    {
        RouteTail.None => length == positions.Length,
        _ => length >= MinimumLength,
    };

    private static int ScoreOf(RoutePatternKind kind, ushort[] positions, RouteTail tail) => kind switch
    {
        RoutePatternKind.Exact => 3000 + positions.Length,
        RoutePatternKind.FreePbx => 2000
            + positions.Sum(allowed => 2 * (10 - BitOperations.PopCount(allowed)))
            + (tail == RouteTail.None ? 1 : 0),
        RoutePatternKind.Prefix => 1000 + positions.Length,
        _ => 0,
    };
}
