namespace Ispecia.Voip.Core.Simulator.Queues;

/// <summary>How an &lt;Enqueue&gt; ended: the action's parameters, or the TwiML a REST dequeue sent the caller to.</summary>
public sealed record QueueWaitOutcome(QueueExit Exit, IReadOnlyDictionary<string, string> ActionParameters)
{
    public string? RedirectUrl => (Exit as QueueExit.Redirected)?.Url;
}
