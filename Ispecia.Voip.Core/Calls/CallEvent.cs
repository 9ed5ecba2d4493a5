namespace Ispecia.Voip.Core.Calls;

/// <summary>One entry of a call's timeline: a status callback, a dial outcome, a recording, a note.</summary>
public class CallEvent
{
    public const int KindMaxLength = 40;
    public const int DetailMaxLength = 500;

    public long Id { get; set; }

    public int CallId { get; set; }

    public Call? Call { get; set; }

    public DateTime At { get; set; }

    public string Kind { get; set; } = "";

    public CallStatus? Status { get; set; }

    public int? SequenceNumber { get; set; }

    public string? Detail { get; set; }
}
