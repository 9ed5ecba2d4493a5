namespace Ispecia.Voip.Core.Reports;

/// <summary>One hour or day of the calls chart: calls by result, and the answer rate of that bucket.</summary>
/// <param name="Start">The bucket's first instant (UTC).</param>
/// <param name="Other">Inbound calls not meant for an agent (straight to voicemail) or still going.</param>
public sealed record ReportSeriesPoint(
    DateTime Start,
    long Answered,
    long Missed,
    long Abandoned,
    long OutboundConnected,
    long OutboundNotConnected,
    long Other)
{
    public long Total => Answered + Missed + Abandoned + OutboundConnected + OutboundNotConnected + Other;

    /// <summary>Answered out of answered + missed + abandoned, 0..1; null in a bucket without such calls.</summary>
    public double? AnswerRate => Answered + Missed + Abandoned is var offered and > 0 ? (double)Answered / offered : null;
}
