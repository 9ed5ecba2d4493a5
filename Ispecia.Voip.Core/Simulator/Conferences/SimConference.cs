using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator.Conferences;

/// <summary>One conference room, live while anyone is in it; its settings come from whoever created it, as at Twilio.</summary>
public sealed class SimConference
{
    private readonly ConcurrentDictionary<string, SimParticipant> participants = new(StringComparer.Ordinal);

    public required string Sid { get; init; }

    public required string FriendlyName { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Twilio's words: init (created, not started), in-progress, completed.</summary>
    public string Status { get; set; } = "init";

    public DateTimeOffset? StartedAt { get; set; }

    public string? StatusCallback { get; init; }

    /// <summary>The events the status callback hears, Twilio's short words (start end join leave mute hold).</summary>
    public IReadOnlySet<string> StatusCallbackEvents { get; init; } = new HashSet<string>();

    public bool RecordFromStart { get; init; }

    public string? RecordingStatusCallback { get; init; }

    public string? ReasonEnded { get; set; }

    public string? CallSidEndingConference { get; set; }

    public int NextSequence;

    /// <summary>Cancelled when the conference ends: every participant's Dial ends.</summary>
    public CancellationTokenSource Ended { get; } = new();

    public bool IsOver => Ended.IsCancellationRequested;

    /// <summary>Joining or joined, oldest first.</summary>
    public IReadOnlyList<SimParticipant> Participants => [.. participants.Values.OrderBy(p => p.JoinedAt ?? DateTimeOffset.MaxValue).ThenBy(p => p.CreatedAt)];

    public IEnumerable<SimParticipant> Connected => Participants.Where(p => p.Status == SimParticipant.Connected);

    public void Add(SimParticipant participant) => participants[participant.Call.Sid] = participant;

    public bool Remove(SimParticipant participant) => participants.TryRemove(participant.Call.Sid, out _);

    /// <summary>By CallSid or by label, as the Participant resource's path allows.</summary>
    public SimParticipant? Find(string callSidOrLabel) =>
        participants.GetValueOrDefault(callSidOrLabel) ?? participants.Values.FirstOrDefault(p => p.Label == callSidOrLabel);

    public static IReadOnlySet<string> EventsOf(string? words) =>
        new HashSet<string>((words ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    internal static SimConference For(string sid, string name, DateTimeOffset now, TwimlConference settings) => new()
    {
        Sid = sid,
        FriendlyName = name,
        CreatedAt = now,
        StatusCallback = settings.ConferenceStatusCallback,
        StatusCallbackEvents = EventsOf(settings.ConferenceStatusCallbackEvent),
        RecordFromStart = settings.Record is "record-from-start" or "true",
        RecordingStatusCallback = settings.RecordingStatusCallback,
    };
}
