namespace Ispecia.Voip.Core.Reports;

/// <summary>
/// One line of a report. Inbound calls are answered (an agent picked up), missed (nobody answered before the ring
/// timeout, voicemail included) or abandoned (the caller hung up while it rang); durations are in seconds, null when
/// no call had one.
/// </summary>
/// <param name="AnswerRate">Answered out of answered + missed + abandoned, 0..1; null without such calls.</param>
/// <param name="P90WaitSeconds">Nearest-rank 90th percentile of the time to answer of answered inbound calls.</param>
/// <param name="AverageHandleSeconds">Talk plus wrap-up per answered call.</param>
public sealed record ReportFigures(
    long Calls,
    long Inbound,
    long Outbound,
    long Answered,
    long Missed,
    long Abandoned,
    long OutboundConnected,
    double? AnswerRate,
    double? AverageWaitSeconds,
    double? P90WaitSeconds,
    double? AverageTalkSeconds,
    double TotalTalkSeconds,
    double? AverageWrapUpSeconds,
    double? AverageHandleSeconds)
{
    public static ReportFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0, null, null, null, null, 0, null, null);
}
