namespace Ispecia.Voip.Web.Hubs;

/// <summary>
/// In-process notifier for open Blazor pages that only need to re-render when calls change (the eShop
/// OrderStatusNotificationService pattern). Subscribers get every event object and pick what they need.
/// </summary>
public sealed class CallEventsFeed
{
    public event Action<object>? Published;

    public void Publish(object callEvent)
    {
        foreach (var subscriber in Published?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<object>)subscriber)(callEvent);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
            {
                // A page that is going away must not stop the others (or the webhook) from hearing about the call.
            }
        }
    }
}
