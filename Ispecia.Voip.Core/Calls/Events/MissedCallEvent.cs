namespace Ispecia.Voip.Core.Calls.Events;

/// <summary>An inbound call nobody answered, with what is needed to call back.</summary>
public sealed record MissedCallEvent(int CallId, string From, string FromDisplay, string? CallerName, bool HasVoicemail);
