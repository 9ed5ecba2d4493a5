namespace Ispecia.Voip.Core.Twilio;

/// <summary>The file type asked for when fetching a recording's media.</summary>
public enum RecordingMediaFormat
{
    Mp3,
    Wav,
}
