namespace Ispecia.Voip.Core.Routing;

/// <summary>One line of the "which route wins?" explanation: a route, what became of it, and why in words.</summary>
public sealed record RouteDecision(InboundRoute Route, RouteVerdict Verdict, string Reason);
