namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>One leg of a simulated call, live in memory while it lasts.</summary>
public sealed class SimCall
{
    private readonly CancellationTokenSource hangup = new();

    public required string Sid { get; init; }

    public string? ParentSid { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    /// <summary>Twilio's word: inbound, outbound-api, outbound-dial.</summary>
    public required string Direction { get; init; }

    /// <summary>The browser device that placed or takes this leg, if any.</summary>
    public string? DeviceIdentity { get; set; }

    public string? DeviceConnectionId { get; set; }

    /// <summary>Where this call's progress is reported (the TwiML App's, or the one given to the REST API).</summary>
    public string? StatusCallbackUrl { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>One of <see cref="TwilioCallStatus"/>.</summary>
    public string Status { get; set; } = TwilioCallStatus.Ringing;

    public int NextSequence { get; set; }

    public string DigitsReceived { get; set; } = "";

    /// <summary>The far end or a device answered (accept) or turned the leg down (reject); set once.</summary>
    public TaskCompletionSource<bool> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CancellationToken HungUp => hangup.Token;

    public bool IsOver => hangup.IsCancellationRequested;

    public void Hangup() => hangup.Cancel();

    public int DurationSeconds(DateTimeOffset now) => AnsweredAt is { } at ? (int)Math.Round((now - at).TotalSeconds) : 0;
}
