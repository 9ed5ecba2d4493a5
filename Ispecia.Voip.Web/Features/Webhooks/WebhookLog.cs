namespace Ispecia.Voip.Web.Features.Webhooks;

/// <summary>The last webhooks received and what became of them, for the Setup page. In memory, per instance.</summary>
public sealed class WebhookLog
{
    private const int Capacity = 100;
    private readonly Queue<WebhookLogItem> items = new();
    private readonly Lock gate = new();

    public void Add(WebhookLogItem item)
    {
        lock (gate)
        {
            items.Enqueue(item);
            while (items.Count > Capacity)
            {
                items.Dequeue();
            }
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<WebhookLogItem> Recent()
    {
        lock (gate)
        {
            return [.. items.Reverse()];
        }
    }
}

/// <param name="Url">The URL the signature was checked against (a wrong one is the usual cause of a failure).</param>
public sealed record WebhookLogItem(DateTimeOffset At, string Path, string Url, int StatusCode, bool SignatureValid, string? CallSid, string Result);
