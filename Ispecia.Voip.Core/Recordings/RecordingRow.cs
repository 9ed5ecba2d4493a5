using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Recordings;

/// <summary>A line of the recordings list: when, which call, who, the numbers, how long. Nothing of Twilio's.</summary>
public sealed record RecordingRow(
    int Id,
    int CallId,
    DateTime CreatedAt,
    CallDirection Direction,
    string? AgentId,
    string? AgentName,
    int? ContactId,
    string? ContactName,
    int? LeadId,
    string? LeadName,
    string From,
    string FromDisplay,
    string To,
    string ToDisplay,
    int DurationSeconds,
    int Channels,
    bool IsVoicemail);
