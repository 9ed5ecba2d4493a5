namespace Ispecia.Voip.Core.Common;

/// <summary>
/// An in-process notifier that open components subscribe to (the eShop OrderStatusNotificationService pattern).
/// <see cref="Publish"/> reaches this instance's subscribers and raises <see cref="PublishedHere"/>, which a relay
/// (Redis, when several instances share the work) forwards to the other instances, where it arrives through
/// <see cref="Deliver"/> (docs/architecture.md section 11).
/// </summary>
public abstract class InProcessFeed<T>
{
    public event Action<T>? Published;

    /// <summary>Raised for items published on this instance only, never for those relayed from another one.</summary>
    public event Action<T>? PublishedHere;

    public void Publish(T item)
    {
        Deliver(item);
        PublishedHere?.Invoke(item);
    }

    /// <summary>Tells this instance's subscribers, and nobody else.</summary>
    public void Deliver(T item)
    {
        foreach (var subscriber in Published?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<T>)subscriber)(item);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
            {
                // A component that is going away must not stop the others (or the publisher) from hearing of it.
            }
        }
    }
}
