using Ispecia.Voip.Core.Simulator.Engine;

namespace Ispecia.Voip.Core.Simulator.Conferences;

/// <summary>One leg in a conference: its call, its label, and what it hears (hold music, or the others).</summary>
public sealed class SimParticipant
{
    public const string Queued = "queued";
    public const string Ringing = "ringing";
    public const string Connected = "connected";

    public required SimCall Call { get; init; }

    public string? Label { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? JoinedAt { get; set; }

    /// <summary>Twilio's words: queued, connecting, ringing, connected, complete, failed.</summary>
    public string Status { get; set; } = Queued;

    public bool StartConferenceOnEnter { get; init; } = true;

    public bool EndConferenceOnExit { get; init; }

    public bool Muted { get; set; }

    public bool Hold { get; set; }

    /// <summary>What the held participant hears, as the hold URL's TwiML said (a Play's URL, a Say's text).</summary>
    public string? HoldMusic { get; set; }

    /// <summary>Cancelled when the REST API removes the participant: its Dial ends and its TwiML goes on.</summary>
    public CancellationTokenSource Kicked { get; } = new();

    /// <summary>Who this is in the simulator's log: the label, else the number or client it is.</summary>
    public string Name => Label ?? (Call.Direction == "inbound" ? Call.From : Call.To);
}
