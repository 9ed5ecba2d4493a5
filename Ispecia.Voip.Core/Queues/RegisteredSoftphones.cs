namespace Ispecia.Voip.Core.Queues;

/// <summary>
/// Which lines have a softphone registered with Twilio on this instance now, as the softphones report it. Twilio has no
/// API for this; presence (issue 17) will replace it. Counts, because one agent may have the softphone in two tabs.
/// </summary>
public sealed class RegisteredSoftphones
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public bool IsRegistered(string identity) => counts.GetValueOrDefault(identity) > 0;

    public void Registered(string identity) => counts.AddOrUpdate(identity, 1, (_, n) => n + 1);

    public void Unregistered(string identity) => counts.AddOrUpdate(identity, 0, (_, n) => Math.Max(0, n - 1));
}
