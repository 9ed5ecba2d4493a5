namespace Ispecia.Voip.Web.Softphone;

/// <summary>The call on the softphone now (or just ended, for wrap-up).</summary>
public sealed class ActiveCall
{
    public string? CallSid { get; set; }

    public int? CallId { get; set; }

    public bool Incoming { get; init; }

    /// <summary>Who: contact name, or the formatted number.</summary>
    public string Peer { get; set; } = "";

    public string? PeerNumber { get; init; }

    public string? Company { get; set; }

    public string? Line { get; init; }

    public int? ContactId { get; set; }

    public int? LeadId { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public bool Muted { get; set; }

    public string DigitsSent { get; set; } = "";

    public string? EndReason { get; set; }
}
