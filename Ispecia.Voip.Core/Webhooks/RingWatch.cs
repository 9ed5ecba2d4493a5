using System.Data.Common;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Twilio;
using Microsoft.Extensions.Logging;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// Makes sure an offered call really rings. The page holding an agent's device says so when its incoming call shows
/// (<see cref="ConfirmAsync"/>); an agent whose softphone stays silent for <see cref="PresenceOptions.RingConfirmSeconds"/>
/// is taken Offline, and when none of the agents rang the call moves on to the route's fallback at once instead of
/// ringing into nothing until the timeout (twilio-voice.js issue #444).
/// </summary>
public sealed class RingWatch(
    IDbContextFactory<VoipDbContext> dbFactory, PresenceService presence, InboundCallPlanner planner, TwilioApi twilio,
    IOptions<PresenceOptions> options, TimeProvider clock, ILogger<RingWatch> logger)
{
    public const string RangKind = "rang-softphone";
    public const string SilentKind = "no-ring";
    public const string MovedOnKind = "moved-on";

    /// <summary>
    /// Off where devices ring without a page (<see cref="PresenceOptions.RingOfflineAgents"/>): nothing would confirm.
    /// </summary>
    private bool Enabled => options.Value.RingConfirmSeconds > 0 && !options.Value.RingOfflineAgents;

    /// <summary>Starts watching a call the voice webhook has just offered to <paramref name="targets"/>.</summary>
    public void Watch(int callId, IReadOnlyList<VoipAccount> targets, WebhookUrls urls)
    {
        if (!Enabled || targets.Count == 0)
        {
            return;
        }

        var offered = targets.Select(t => (t.UserId, t.Identity)).ToList();
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.RingConfirmSeconds), clock);
                await CheckAsync(callId, offered, urls);
            }
            catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException or ObjectDisposedException || TwilioFailure.IsTwilioFailure(ex))
            {
                logger.LogWarning(ex, "Could not check that call {CallId} rang", callId);
            }
        });
    }

    /// <summary>The page of <paramref name="userId"/> shows the incoming call: believed only for agents the call was offered to.</summary>
    public async Task ConfirmAsync(string userId, int callId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var identity = await db.VoipAccounts.Where(a => a.UserId == userId).Select(a => a.Identity).FirstOrDefaultAsync(ct);
        var call = identity is null ? null : await db.Calls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null || identity is null)
        {
            return;
        }

        var events = db.CallEvents.Where(e => e.CallId == callId);
        var offered = await events.AnyAsync(e => e.Kind == CallOffers.Kind && e.Detail == CallOffers.Detail(identity), ct);
        if (!offered || await events.AnyAsync(e => e.Kind == RangKind && e.Detail == Rang(identity), ct))
        {
            return;
        }

        CallRows.AddEvent(db, call, RangKind, Rang(identity), clock);
        await db.SaveChangesAsync(ct);
    }

    private async Task CheckAsync(int callId, List<(string UserId, string Identity)> offered, WebhookUrls urls)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var call = await db.Calls.Include(c => c.Route).FirstOrDefaultAsync(c => c.Id == callId);
        if (call is null || call.AnsweredAt is not null || call.EndedAt is not null)
        {
            return;
        }

        var rang = await db.CallEvents.Where(e => e.CallId == callId && e.Kind == RangKind).Select(e => e.Detail).ToListAsync();
        var silent = offered.Where(o => !rang.Contains(Rang(o.Identity))).ToList();
        foreach (var (_, identity) in silent)
        {
            CallRows.AddEvent(db, call, SilentKind, $"{identity}'s softphone did not ring within {options.Value.RingConfirmSeconds} s; shown Offline", clock);
        }

        var moveOn = silent.Count == offered.Count && call.Route is not null;
        if (moveOn)
        {
            CallRows.AddEvent(db, call, MovedOnKind, "No softphone rang: the call moved on to the route's fallback", clock);
        }

        await db.SaveChangesAsync();
        foreach (var (userId, _) in silent)
        {
            await presence.PageGoneAsync(userId);
        }

        if (moveOn)
        {
            var context = new InboundCallContext(call.Id, call.From, call.To, null);
            await twilio.RedirectCallAsync(call.CallSid, await planner.FallbackAsync(db, call.Route!, context, urls, CancellationToken.None), CancellationToken.None);
        }
    }

    private static string Rang(string identity) => $"{identity}'s softphone rang";
}
