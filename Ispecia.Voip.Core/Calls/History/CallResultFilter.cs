using System.Linq.Expressions;

namespace Ispecia.Voip.Core.Calls.History;

/// <summary>
/// The result words of <see cref="CallResult"/> as database predicates, so a list can filter by the word it shows.
/// Each predicate states <see cref="CallResult.Of(Call)"/> in a form EF Core can translate; a test holds the two
/// together over every combination of direction, status, dial status, missed and voicemail.
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
    public static Expression<Func<Call, bool>> Predicate(string word) => Normalize(word) switch
    {
        CallResult.Voicemail => c => c.Direction == CallDirection.Inbound && c.IsMissed && c.HasVoicemail,
        CallResult.Missed => c => c.Direction == CallDirection.Inbound && c.IsMissed && !c.HasVoicemail,
        CallResult.Ringing => Effective(CallStatus.Queued, CallStatus.Initiated, CallStatus.Ringing),
        CallResult.InProgress => Effective(CallStatus.InProgress),
        CallResult.Busy => Effective(CallStatus.Busy),
        CallResult.NoAnswer => Effective(CallStatus.NoAnswer),
        CallResult.Failed => Effective(CallStatus.Failed),
        CallResult.Canceled => Effective(CallStatus.Canceled),
        CallResult.Completed => Effective(CallStatus.Completed),
        _ => throw new ArgumentException($"'{word}' is not a call result; use one of: {string.Join(", ", Words)}.", nameof(word)),
    };

    // Not a missed inbound call, and the status that counts is one of the given: the dialled leg's when an outbound
    // call's dial did not complete, else the call's own.
    private static Expression<Func<Call, bool>> Effective(params CallStatus[] statuses) =>
        c => !(c.Direction == CallDirection.Inbound && c.IsMissed)
            && ((c.Direction == CallDirection.Outbound && c.DialStatus != null && c.DialStatus != CallStatus.Completed && statuses.Contains(c.DialStatus.Value))
                || (!(c.Direction == CallDirection.Outbound && c.DialStatus != null && c.DialStatus != CallStatus.Completed) && statuses.Contains(c.Status)));
}
