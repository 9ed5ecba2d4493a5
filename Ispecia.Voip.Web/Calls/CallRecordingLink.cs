using Ispecia.Voip.Core.Calls.History;

namespace Ispecia.Voip.Web.Calls;

/// <summary>A recording of a call with the app's own URLs to play and download it (never Twilio's).</summary>
public sealed record CallRecordingLink(int Id, int DurationSeconds, int Channels, bool IsVoicemail, DateTime CreatedAt, string AudioUrl, string DownloadUrl)
{
    public static CallRecordingLink From(CallRecordingItem recording, PathString pathBase)
    {
        var audio = pathBase.Add(new PathString(string.Create(CultureInfo.InvariantCulture, $"/api/voip/recordings/{recording.Id}/audio"))).Value;
        return new CallRecordingLink(recording.Id, recording.DurationSeconds, recording.Channels, recording.IsVoicemail, recording.CreatedAt,
            audio + "?format=mp3", audio + "?format=mp3&download=true");
    }
}
