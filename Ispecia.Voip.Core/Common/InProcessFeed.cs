namespace Ispecia.Voip.Core.Common;

/// <summary>
/// An in-process notifier that open components subscribe to (the eShop OrderStatusNotificationService pattern).
/// It reaches the subscribers of this instance only.
/// </summary>
public abstract class InProcessFeed<T>
{
    public event Action<T>? Published;

    public void Publish(T item)
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
