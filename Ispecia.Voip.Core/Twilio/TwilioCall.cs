namespace Ispecia.Voip.Core.Twilio;

/// <summary>The fields of Twilio's Call resource the app reads.</summary>
public sealed record TwilioCall
{
    public string Sid { get; init; } = "";

    public string? AccountSid { get; init; }

    public string? ParentCallSid { get; init; }

    public string? To { get; init; }

    public string? From { get; init; }

    /// <summary>queued, ringing, in-progress, completed, busy, failed, no-answer or canceled.</summary>
    public string? Status { get; init; }

    /// <summary>inbound, outbound-api or outbound-dial.</summary>
    public string? Direction { get; init; }
}
