namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>One leg of a simulated call, live in memory while it lasts.</summary>
public sealed class SimCall
{
    private readonly CancellationTokenSource hangup = new();
    private readonly Lock gate = new();
    private CancellationTokenSource step;
    private Func<CancellationToken, Task>? redirect;

    public SimCall() => step = CancellationTokenSource.CreateLinkedTokenSource(hangup.Token);

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

    /// <summary>Cancelled when the leg hangs up or a REST update gives it new TwiML: the flow running now stops.</summary>
    public CancellationToken Step
    {
        get
        {
            lock (gate)
            {
                return step.Token;
            }
        }
    }

    /// <summary>A flow of its own runs this leg (a Dial's child leg has none until a REST update gives it TwiML).</summary>
    public bool HasFlow { get; set; }

    /// <summary>A REST update took this child leg out of its Dial's bridge: the Dial must not hang it up.</summary>
    public bool LeftBridge { get; private set; }

    /// <summary>The REST API's Twiml or Url for a live leg: the current flow stops and <paramref name="flow"/> runs instead.</summary>
    public void Redirect(Func<CancellationToken, Task> flow)
    {
        CancellationTokenSource stopped;
        lock (gate)
        {
            redirect = flow;
            LeftBridge |= ParentSid is not null;
            stopped = step;
            step = CancellationTokenSource.CreateLinkedTokenSource(hangup.Token);
        }

        stopped.Cancel();
    }

    public bool HasRedirect
    {
        get
        {
            lock (gate)
            {
                return redirect is not null;
            }
        }
    }

    /// <summary>The flow a REST update asked for, once.</summary>
    public Func<CancellationToken, Task>? TakeRedirect()
    {
        lock (gate)
        {
            var next = redirect;
            redirect = null;
            return next;
        }
    }

    public int DurationSeconds(DateTimeOffset now) => AnsweredAt is { } at ? (int)Math.Round((now - at).TotalSeconds) : 0;
}
