namespace Ispecia.Voip.Core.Calls.Events;

/// <summary>A recording or voicemail became playable through /api/voip/recordings/{RecordingId}/audio.</summary>
public sealed record RecordingReadyEvent(int RecordingId, int CallId, int DurationSeconds, bool IsVoicemail);
