using System.Linq.Expressions;

namespace Ispecia.Voip.Core.Calls.History;

/// <summary>
/// The result words of <see cref="CallResult"/> as database predicates, so a list can filter by the word it shows. They
/// compare the stored <see cref="Call.Result"/> column, which an index serves; a test holds it to
/// <see cref="CallResult.Of(Call)"/> over every combination of direction, status, dial status, missed and voicemail.
/// </summary>
public static class CallResultFilter
{
    /// <summary>Every word <see cref="CallResult.Of(Call)"/> can give, in the order filters offer them.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        CallResult.Completed, CallResult.Missed, CallResult.Voicemail, CallResult.Busy, CallResult.NoAnswer,
        CallResult.Failed, CallResult.Canceled, CallResult.InProgress, CallResult.Ringing,
    ];

    /// <summary>The word as <see cref="Words"/> spells it, or null when it is not one of them (case-insensitive).</summary>
    public static string? Normalize(string? word) =>
        Words.FirstOrDefault(w => string.Equals(w, word?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Calls whose result word is <paramref name="word"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="word"/> is not one of <see cref="Words"/>.</exception>
    public static Expression<Func<Call, bool>> Predicate(string word)
    {
        var normalized = Normalize(word)
            ?? throw new ArgumentException($"'{word}' is not a call result; use one of: {string.Join(", ", Words)}.", nameof(word));
        var kind = Enum.GetValues<CallResultKind>().Single(k => CallResult.Word(k) == normalized);
        return c => c.Result == kind;
    }
}
