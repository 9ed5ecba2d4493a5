namespace Ispecia.Voip.Web.Softphone;

/// <summary>The call on the softphone now (or just ended, for wrap-up). Immutable: <see cref="SoftphoneMachine"/> makes the next one.</summary>
public sealed record ActiveCall
{
    public string? CallSid { get; init; }

    public int? CallId { get; init; }

    public bool Incoming { get; init; }

    /// <summary>Who: contact name, or the formatted number.</summary>
    public string Peer { get; init; } = "";

    public string? PeerNumber { get; init; }

    public string? Company { get; init; }

    /// <summary>Which of the company's lines rang, for an incoming call.</summary>
    public string? Line { get; init; }

    public int? ContactId { get; init; }

    public int? LeadId { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public bool Muted { get; init; }

    public string DigitsSent { get; init; } = "";

    public string? EndReason { get; init; }

    /// <summary>The call's conference as the server last said: who is on it, the caller held, whom the agent consults.</summary>
    public Ispecia.Voip.Core.CallControl.CallControlSnapshot? Control { get; init; }

    /// <summary>Since when the caller is on hold ("On hold 00:42"); null when not held.</summary>
    public DateTimeOffset? HeldSince { get; init; }

    /// <summary>The agent consults a colleague while the caller holds (a warm transfer in progress).</summary>
    public bool Consulting => Control?.ConsultingWith is not null;
}
