using System.Diagnostics;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>Presence with the real SDK in Chromium: a team call rings only who is available, and never a frozen tab.</summary>
public sealed class PresenceBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    // Routing as in production (an agent without a live softphone page is never rung), with heartbeats every 2 s so a
    // silent tab is found out in 6 s rather than 15.
    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync(new Dictionary<string, string?>
    {
        ["Presence:RingOfflineAgents"] = "false", ["Presence:HeartbeatSeconds"] = "2", ["Presence:OfflineAfterSeconds"] = "6",
    });

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TeamCall_Agent2AwayThenAgent1Frozen_RingsOnlyAgent1ThenGoesToVoicemail()
    {
        var agent1 = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        var agent2 = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent2);
        await ExpectPresenceAsync(agent1, "available");
        await ExpectPresenceAsync(agent2, "available");

        await agent2.GetByTestId("presence-select").Locator("[data-value=away]").ClickAsync();
        await ExpectPresenceAsync(agent2, "away");
        var first = await PlaceMainLineCallAsync();

        await Assertions.Expect(SoftphoneBrowser.Panel(agent1)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        await BrowserApp.ScreenshotAsync(agent1, "presence-team-call-rings-only-available-agent");
        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToHaveAttributeAsync("data-state", "idle");
        var rang = await app.Factory.WaitForCallAsync(c => c.CallSid == first, c => c.Events.Any(e => e.Kind == CallOffers.Kind));
        Assert.Equal(["Rang agent1"], rang.Events.Where(e => e.Kind == CallOffers.Kind).Select(e => e.Detail));
        // The page says its softphone really rings, so the ring watch leaves the call alone.
        await app.Factory.WaitForCallAsync(c => c.CallSid == first, c => c.Events.Any(e => e.Kind == RingWatch.RangKind && e.Detail == "agent1's softphone rang"));
        await agent1.GetByTestId("incoming-reject").ClickAsync();
        await app.Factory.WaitForCallAsync(c => c.CallSid == first, c => c.EndedAt is not null, TimeSpan.FromSeconds(60));

        var cdp = await agent1.Context.NewCDPSessionAsync(agent1);
        var frozenAt = Stopwatch.StartNew();
        await cdp.SendAsync("Page.setWebLifecycleState", new Dictionary<string, object> { ["state"] = "frozen" });
        // Headless Chromium accepts the freeze but keeps running the page's timers; pausing its script makes the tab as
        // silent as a frozen one, so this also proves the server finds out without the page's help.
        await cdp.SendAsync("Debugger.enable");
        _ = cdp.SendAsync("Debugger.pause");
        await WaitForPresenceAsync("agent1", PresenceStatus.Offline, TimeSpan.FromSeconds(20));
        TestContext.Current.SendDiagnosticMessage($"agent1 Offline {frozenAt.Elapsed.TotalSeconds:0.0} s after its tab froze");
        var second = await PlaceMainLineCallAsync(hangupAfterSeconds: 12);

        var call = await app.Factory.WaitForCallAsync(c => c.CallSid == second, c => c.EndedAt is not null, TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(call.Events, e => e.Kind == CallOffers.Kind);
        Assert.True(call.IsMissed);
        Assert.True(call.HasVoicemail, "With nobody to ring the caller goes straight to voicemail.");
        await cdp.SendAsync("Debugger.resume");
        await cdp.SendAsync("Page.setWebLifecycleState", new Dictionary<string, object> { ["state"] = "active" });
        await ExpectPresenceAsync(agent1, "available");
    }

    private static Task ExpectPresenceAsync(IPage page, string presence) =>
        Assertions.Expect(page.GetByTestId("presence-chip")).ToHaveAttributeAsync("data-presence", presence, new() { Timeout = 15000 });

    private async Task WaitForPresenceAsync(string identity, PresenceStatus expected, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var db = app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
        PresenceStatus? last = null;
        while (deadline.Elapsed < timeout)
        {
            await using var context = await db.CreateDbContextAsync(TestContext.Current.CancellationToken);
            last = await context.AgentPresences.Where(p => context.Set<VoipAccount>().Any(a => a.UserId == p.UserId && a.Identity == identity))
                .Select(p => (PresenceStatus?)p.Status).FirstOrDefaultAsync(TestContext.Current.CancellationToken);
            if (last == expected)
            {
                return;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        await using var check = await db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var row = await check.AgentPresences.Where(p => check.Set<VoipAccount>().Any(a => a.UserId == p.UserId && a.Identity == identity)).FirstAsync(TestContext.Current.CancellationToken);
        Assert.Fail($"{identity} stayed {last} for {timeout.TotalSeconds:0} s; last heartbeat {row.LastSeenAt:HH:mm:ss.fff}, now {DateTime.UtcNow:HH:mm:ss.fff}");
    }

    private async Task<string> PlaceMainLineCallAsync(int? hangupAfterSeconds = null)
    {
        var admin = await app.AdminApiAsync();
        var placed = await admin.PostAsJsonAsync(
            "/api/voip/simulator/calls", new { from = "+12125550123", to = DemoDataSeeder.MainLineDid, hangupAfterSeconds }, TestContext.Current.CancellationToken);
        placed.EnsureSuccessStatusCode();
        return (await placed.Content.ReadFromJsonAsync<Dictionary<string, string>>(TestContext.Current.CancellationToken))!["callSid"];
    }
}
