using Ispecia.Voip.Core.Presence;

namespace Ispecia.Voip.Tests.Softphone;

/// <summary>The presence chip and picker in the softphone header.</summary>
public sealed class SoftphonePresenceTests : SoftphoneTestContext
{
    [Fact]
    public async Task PresenceChip_NoHeartbeatYet_ShowsOffline()
    {
        var cut = await RenderOpenAsync();

        var chip = cut.Find("[data-testid=presence-chip]");
        Assert.Equal("offline", chip.GetAttribute("data-presence"));
    }

    [Fact]
    public async Task PresenceSelect_Away_StoredAndShown()
    {
        var cut = await RenderOpenAsync();
        await Get<PresenceService>().HeartbeatAsync(UserId, new PageReport(true, 0), TestContext.Current.CancellationToken);
        cut.WaitForAssertion(() => Assert.Equal("available", cut.Find("[data-testid=presence-chip]").GetAttribute("data-presence")));

        await cut.Find("[data-testid=presence-select] [data-value=away]").ClickAsync(new MouseEventArgs());

        cut.WaitForAssertion(() => Assert.Equal("away", cut.Find("[data-testid=presence-chip]").GetAttribute("data-presence")));
        Assert.Equal("true", cut.Find("[data-testid=presence-select] [data-value=away]").GetAttribute("aria-checked"));
        Assert.Equal(PresenceStatus.Away, await Get<PresenceService>().StatusOfAsync(UserId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PresenceChip_ChangedElsewhere_FollowsTheFeed()
    {
        var cut = await RenderOpenAsync();

        Get<PresenceFeed>().Publish(new PresenceChangedEvent(UserId, PresenceStatus.WrapUp, DateTime.UtcNow));

        cut.WaitForAssertion(() => Assert.Equal("wrap-up", cut.Find("[data-testid=presence-chip]").GetAttribute("data-presence")));
        Get<PresenceFeed>().Publish(new PresenceChangedEvent("someone-else", PresenceStatus.Offline, DateTime.UtcNow));
        Assert.Equal("wrap-up", cut.Find("[data-testid=presence-chip]").GetAttribute("data-presence"));
    }

    private T Get<T>() where T : notnull => Services.GetRequiredService<T>();
}
