using System.Diagnostics;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Tests.Presence;

/// <summary>
/// A call offered to a softphone that never says it rings (a tab frozen since its last heartbeat, a broken device)
/// moves on to the route's fallback within seconds instead of ringing into nothing until the timeout.
/// </summary>
public sealed class RingWatchTests : IAsyncLifetime
{
    // The route rings for 10 real seconds (20 s at half speed); the watch gives a softphone 2 s to say it rings.
    private readonly SimulatorApp app = SimulatorApp.Start(timeScale: 0.5, new Dictionary<string, string?>
    {
        ["Presence:RingOfflineAgents"] = "false", ["Presence:RingConfirmSeconds"] = "2",
    });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task DirectCall_SoftphoneNeverConfirmsTheRing_AgentOfflineAndTheCallerReachesVoicemail()
    {
        await using var device = await app.RegisterDeviceAsync("agent1");
        var agent = await UserIdAsync("agent1");
        await app.Factory.Services.GetRequiredService<PresenceService>().HeartbeatAsync(agent, new PageReport(true, 0), Ct);
        var placed = Stopwatch.StartNew();
        var sid = await PlaceCallAsync(DemoDataSeeder.Agent1Did);

        var offer = await device.IncomingAsync();
        await device.WaitForAsync("Canceled", offer.CallSid);
        TestContext.Current.SendDiagnosticMessage($"Moved on {placed.Elapsed.TotalSeconds:0.0} s after the call came in");

        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.HasVoicemail, TimeSpan.FromSeconds(60));
        Assert.Contains(call.Events, e => e.Kind == RingWatch.SilentKind && e.Detail!.StartsWith("agent1", StringComparison.Ordinal));
        Assert.Contains(call.Events, e => e.Kind == RingWatch.MovedOnKind);
        Assert.True(placed.Elapsed < TimeSpan.FromSeconds(10), "The caller went to voicemail only at the ring timeout.");
        Assert.Equal(PresenceStatus.Offline, await app.Factory.Services.GetRequiredService<PresenceService>().StatusOfAsync(agent, Ct));
    }

    [Fact]
    public async Task Confirm_ByAnAgentTheCallWasNotOfferedTo_Ignored()
    {
        await using var device = await app.RegisterDeviceAsync("agent1");
        await app.Factory.Services.GetRequiredService<PresenceService>().HeartbeatAsync(await UserIdAsync("agent1"), new PageReport(true, 0), Ct);
        var sid = await PlaceCallAsync(DemoDataSeeder.Agent1Did);
        await device.IncomingAsync();
        var callId = (await app.WaitForCallAsync(c => c.CallSid == sid, c => c.Events.Any(e => e.Kind == CallOffers.Kind))).Id;
        var watch = app.Factory.Services.GetRequiredService<RingWatch>();

        await watch.ConfirmAsync(await UserIdAsync("agent2"), callId, Ct);
        await watch.ConfirmAsync(await UserIdAsync("agent1"), callId, Ct);
        await watch.ConfirmAsync(await UserIdAsync("agent1"), callId, Ct);

        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => true);
        Assert.Equal(["agent1's softphone rang"], call.Events.Where(e => e.Kind == RingWatch.RangKind).Select(e => e.Detail));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> UserIdAsync(string identity)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return await db.VoipAccounts.Where(a => a.Identity == identity).Select(a => a.UserId).SingleAsync(Ct);
    }

    private async Task<string> PlaceCallAsync(string did)
    {
        var admin = await app.AdminClientAsync();
        var placed = await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550144", to = did, hangupAfterSeconds = 30 }, Ct);
        placed.EnsureSuccessStatusCode();
        return (await placed.Content.ReadFromJsonAsync<Dictionary<string, string>>(Ct))!["callSid"];
    }
}
