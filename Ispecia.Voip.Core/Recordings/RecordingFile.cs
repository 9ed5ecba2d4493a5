using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Core.Recordings;

/// <summary>What playback needs of a recording the viewer may hear: Twilio's SID (never shown) and a file name.</summary>
public sealed record RecordingFile(int Id, string RecordingSid, int CallId, DateTime CallStartedAt)
{
    /// <summary>e.g. <c>call-123-2026-11-24.mp3</c>: the call and the day it started (UTC).</summary>
    public string FileName(RecordingMediaFormat format) => string.Create(CultureInfo.InvariantCulture,
        $"call-{CallId}-{CallStartedAt:yyyy-MM-dd}.{(format == RecordingMediaFormat.Wav ? "wav" : "mp3")}");
}
