namespace Ispecia.Voip.Core.Reports;

/// <summary>A missed call waiting for the agent to call back.</summary>
/// <param name="Number">The caller's number as stored (E.164), what the softphone dials.</param>
/// <param name="NumberDisplay">The number as people read it.</param>
/// <param name="Name">The contact's or lead's name, when the number belongs to one.</param>
public sealed record MissedCallback(
    int CallId,
    string Number,
    string NumberDisplay,
    string? Name,
    int? ContactId,
    int? LeadId,
    DateTime StartedAt,
    bool HasVoicemail);
