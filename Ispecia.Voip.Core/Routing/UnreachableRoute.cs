namespace Ispecia.Voip.Core.Routing;

/// <summary>An active route that can never take a call, the route that takes its calls instead, and why in words.</summary>
public sealed record UnreachableRoute(InboundRoute Route, InboundRoute ShadowedBy, string Reason);
