namespace Ispecia.Voip.Web.Webhooks;

/// <summary>
/// The last webhooks received and what became of them, for the Setup page. In memory, per instance. Accepted and
/// refused requests are kept in separate bounded lists, so a flood of unsigned or malformed requests (anyone can
/// send them) cannot push out the real ones an admin needs to see.
/// </summary>
public sealed class WebhookLog
{
    public const int AcceptedCapacity = 100;
    public const int RefusedCapacity = 50;
    private readonly Queue<WebhookLogItem> accepted = new();
    private readonly Queue<WebhookLogItem> refused = new();
    private readonly Lock gate = new();

    public void Add(WebhookLogItem item)
    {
        var (items, capacity) = item.StatusCode < 400 ? (accepted, AcceptedCapacity) : (refused, RefusedCapacity);
        lock (gate)
        {
            items.Enqueue(item);
            while (items.Count > capacity)
            {
                items.Dequeue();
            }
        }
    }

    /// <summary>Up to <paramref name="accepted"/> accepted and <paramref name="refused"/> refused webhooks, newest first.</summary>
    public IReadOnlyList<WebhookLogItem> Recent(int accepted = AcceptedCapacity, int refused = RefusedCapacity)
    {
        lock (gate)
        {
            return [.. this.accepted.Reverse().Take(accepted).Concat(this.refused.Reverse().Take(refused)).OrderByDescending(i => i.At)];
        }
    }
}

/// <param name="Url">The URL the signature was checked against (a wrong one is the usual cause of a failure).</param>
public sealed record WebhookLogItem(DateTimeOffset At, string Path, string Url, int StatusCode, bool SignatureValid, string? CallSid, string Result);
