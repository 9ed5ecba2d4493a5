using System.Data.Common;
using System.Diagnostics.Metrics;
using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// How many calls are live, for the active-calls gauge. Counted in the database, so every instance sees calls
/// whichever instance took their webhooks, and a restart loses nothing; read at most once per
/// <see cref="MaxAge"/>, however often the metrics are scraped or exported.
/// </summary>
public sealed class ActiveCallsCount(IDbContextFactory<VoipDbContext> dbFactory, TimeProvider clock, ILogger<ActiveCallsCount> logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    /// <summary>Twilio's default call time limit: a row still live after it lost its final status callback.</summary>
    private static readonly TimeSpan LongestCall = TimeSpan.FromHours(4);

    private static readonly CallStatus[] LiveStatuses = [CallStatus.Queued, CallStatus.Initiated, CallStatus.Ringing, CallStatus.InProgress];

    private readonly Lock gate = new();
    private long? value;
    private DateTimeOffset readAt = DateTimeOffset.MinValue;

    /// <summary>The figure, or nothing while the database cannot be read (a gauge should show a gap, not a false 0).</summary>
    public IEnumerable<Measurement<long>> Read()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (now - readAt >= MaxAge)
            {
                readAt = now;
                value = CountOrNull(now);
            }

            return value is { } count ? [new Measurement<long>(count)] : [];
        }
    }

    private long? CountOrNull(DateTimeOffset now)
    {
        try
        {
            // Synchronous: gauges are read by a synchronous callback. One short COUNT every MaxAge at most.
            using var db = dbFactory.CreateDbContext();
            var since = now.UtcDateTime - LongestCall;
            return db.Calls.LongCount(c => c.EndedAt == null && LiveStatuses.Contains(c.Status) && c.StartedAt >= since);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not count the live calls for the metrics");
            return null;
        }
    }
}
