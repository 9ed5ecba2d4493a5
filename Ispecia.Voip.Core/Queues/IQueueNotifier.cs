namespace Ispecia.Voip.Core.Queues;

/// <summary>Tells open pages on every instance that a queue changed. The Web project implements it over the call event queue.</summary>
public interface IQueueNotifier
{
    Task QueueChangedAsync(QueueChangedEvent changed);
}
