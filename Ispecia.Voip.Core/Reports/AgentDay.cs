namespace Ispecia.Voip.Core.Reports;

/// <summary>The agent's own day on the home page: calls today, missed calls to return, average handle time.</summary>
/// <param name="AverageHandleSeconds">Talk plus wrap-up per answered call today; null before the first.</param>
public sealed record AgentDay(long CallsToday, long AnsweredToday, long MissedToday, double? AverageHandleSeconds, IReadOnlyList<MissedCallback> ToCallBack);
