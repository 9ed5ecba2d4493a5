namespace Ispecia.Voip.Core.Calls.History;

/// <summary>One step of a call's timeline (a <see cref="CallEvent"/>).</summary>
public sealed record CallTimelineEntry(DateTime At, string Kind, CallStatus? Status, string? Detail);
