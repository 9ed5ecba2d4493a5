namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>
/// Pushes queued call events in the order the webhooks raised them (so a call's "ringing" never overtakes its
/// screen-pop). On shutdown it stops taking events and drains what is queued before the host lets it go: an event a
/// webhook has acknowledged to Twilio is not lost by a graceful stop.
/// </summary>
public sealed class CallEventPump(CallEventQueue queue, CallEventSender sender) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: the loop ends when the queue is completed and empty, which StopAsync arranges.
        await foreach (var pending in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            await sender.SendAsync(pending);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (ExecuteTask is { } draining)
        {
            // The host's shutdown timeout bounds the drain.
            await draining.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await base.StopAsync(cancellationToken);
    }
}
