namespace Ispecia.Voip.Core.Accounts;

/// <summary>
/// Tells the open softphones of this instance that an admin changed someone's VoIP line, so the change shows at
/// once instead of at the next page load. In-process, like the pages' call feed.
/// </summary>
public sealed class LineChanges
{
    /// <summary>Raised with the user id whose line changed.</summary>
    public event Action<string>? Changed;

    public void Publish(string userId)
    {
        foreach (var subscriber in Changed?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<string>)subscriber)(userId);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
            {
                // A softphone that is going away must not stop the others (or the admin's save) from hearing of it.
            }
        }
    }
}
