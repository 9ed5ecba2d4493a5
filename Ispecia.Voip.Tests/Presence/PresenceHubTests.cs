using Ispecia.Voip.Core.Presence;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ispecia.Voip.Tests.Presence;

/// <summary>The softphone page's presence messages on /hubs/voip.</summary>
public sealed class PresenceHubTests : IAsyncLifetime
{
    private readonly VoipAppFactory app = new(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Heartbeat_RepeatedWithinASecond_WritesOnceButANewDeviceStateCountsAtOnce()
    {
        await using var page = await TestHubClient.ConnectAsync(app, DemoAccounts.Agent1);
        await page.StartAsync(Ct);
        await page.InvokeAsync("Heartbeat", true, 0, Ct);
        var first = await PresenceAsync();

        await page.InvokeAsync("Heartbeat", true, 0, Ct);
        Assert.Equal(first.LastSeenAt, (await PresenceAsync()).LastSeenAt);
        await page.InvokeAsync("Heartbeat", false, 0, Ct);

        Assert.Equal(PresenceStatus.Offline, (await PresenceAsync()).Status);
        Assert.Equal(PresenceStatus.Available, first.Status);
    }

    [Fact]
    public async Task Disconnect_PageThatHeldTheDevice_AgentOffline()
    {
        var page = await TestHubClient.ConnectAsync(app, DemoAccounts.Agent1);
        await page.StartAsync(Ct);
        await page.InvokeAsync("Heartbeat", true, 0, Ct);
        Assert.Equal(PresenceStatus.Available, (await PresenceAsync()).Status);

        await page.DisposeAsync();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await PresenceAsync()).Status != PresenceStatus.Offline && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal(PresenceStatus.Offline, (await PresenceAsync()).Status);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AgentPresence> PresenceAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return await db.AgentPresences.AsNoTracking()
            .SingleAsync(p => db.Set<VoipAccount>().Any(a => a.UserId == p.UserId && a.Identity == "agent1"), Ct);
    }
}
