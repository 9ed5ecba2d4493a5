using System.Data.Common;
using Ispecia.Voip.Core.Presence;

namespace Ispecia.Voip.Web.Presence;

/// <summary>
/// Moves presences that change with time alone: a page whose heartbeats stopped goes Offline, a wrap-up runs out, an
/// idle agent goes Away, a call that ended ends On a call. Every instance sweeps; the store records each change once.
/// </summary>
public sealed class PresenceSweep(PresenceService presence, ILogger<PresenceSweep> logger, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await NextTickAsync(timer, stoppingToken))
        {
            try
            {
                await presence.RefreshAsync(ct: stoppingToken);
            }
            catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException)
            {
                // The database is briefly unavailable: the next sweep catches up.
                logger.LogWarning(ex, "Presence sweep failed; retrying in {Seconds} s", Interval.TotalSeconds);
            }
        }
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
