using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.Queues;

/// <summary>
/// A call queue (Settings -> VoIP -> Queues): callers wait here, hearing hold music and their position, until a member
/// takes them or the maximum wait sends them to the max-wait target. Built on Twilio's own queues (ADR-018).
/// </summary>
public class CallQueue
{
    public const int NameMaxLength = 80;
    public const int UrlMaxLength = 500;
    public const int NumberMaxLength = 20;
    public const int DefaultRingTimeoutSeconds = 20;

    /// <summary>Played when a queue names no music of its own: one of Twilio's public hold-music clips.</summary>
    public const string BuiltInHoldMusicUrl = "https://com.twilio.music.classical.s3.amazonaws.com/BusyStrings.mp3";

    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Members of this team belong to the queue, besides <see cref="Members"/>.</summary>
    public int? TeamId { get; set; }

    public Team? Team { get; set; }

    public List<CallQueueMember> Members { get; set; } = [];

    /// <summary>An absolute https URL of an MP3 or WAV; null for <see cref="BuiltInHoldMusicUrl"/>.</summary>
    public string? HoldMusicUrl { get; set; }

    /// <summary>Tell waiting callers their position and expected wait every so many seconds; 0 never.</summary>
    public int AnnounceEverySeconds { get; set; } = 60;

    public int MaxWaitSeconds { get; set; } = 300;

    /// <summary>Where a caller goes at the maximum wait: Voicemail, Agent, Team, ExternalNumber or Hangup.</summary>
    public RouteDestination AtMaxWait { get; set; } = RouteDestination.Voicemail;

    public string? MaxWaitUserId { get; set; }

    public int? MaxWaitTeamId { get; set; }

    public string? MaxWaitNumber { get; set; }

    public QueueStrategy Strategy { get; set; } = QueueStrategy.RingLongestIdle;

    /// <summary>How long each member rings under <see cref="QueueStrategy.RingLongestIdle"/> before the next is tried.</summary>
    public int RingTimeoutSeconds { get; set; } = DefaultRingTimeoutSeconds;

    /// <summary>The queue's name at Twilio: stable across renames, and never longer than Twilio's 64 characters.</summary>
    public string TwilioName => TwilioNameFor(Id);

    public string HoldMusic => HoldMusicUrl ?? BuiltInHoldMusicUrl;

    public static string TwilioNameFor(int id) => $"ispecia-queue-{id}";
}
