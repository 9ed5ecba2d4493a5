namespace Ispecia.Voip.Core.Calls;

/// <summary>A recording kept at Twilio; the app streams its media through /api/voip/recordings/{id}/audio.</summary>
public class Recording
{
    public const int SidMaxLength = 34;
    public const int StatusMaxLength = 20;

    public int Id { get; set; }

    public string RecordingSid { get; set; } = "";

    public int CallId { get; set; }

    public Call? Call { get; set; }

    public int DurationSeconds { get; set; }

    public int Channels { get; set; } = 1;

    public string Status { get; set; } = "completed";

    /// <summary>True for a caller's voicemail message, false for a recorded conversation.</summary>
    public bool IsVoicemail { get; set; }

    public DateTime CreatedAt { get; set; }
}
