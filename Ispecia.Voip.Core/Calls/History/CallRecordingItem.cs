namespace Ispecia.Voip.Core.Calls.History;

/// <summary>A recording of a call, without anything of Twilio's (no SID, no URL).</summary>
public sealed record CallRecordingItem(int Id, int DurationSeconds, int Channels, bool IsVoicemail, DateTime CreatedAt);
