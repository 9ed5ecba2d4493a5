using Ispecia.Voip.Core.Presence;

namespace Ispecia.Voip.Tests.Presence;

/// <summary>The presence store on a real database: what pages and calls make of an agent, each change recorded once.</summary>
public sealed class PresenceServiceTests : IAsyncLifetime
{
    private static readonly PageReport Active = new(DeviceRegistered: true, IdleSeconds: 0);

    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private AdminServices services = default!;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task Heartbeat_AgentWithLine_AvailableAndTheChangeIsRecordedAndPublished()
    {
        var agent = await services.AddUserAsync("Ada Agent", "ada");
        var presence = Presence(out var published);

        await presence.HeartbeatAsync(agent, Active, Ct);

        Assert.Equal(PresenceStatus.Available, await presence.StatusOfAsync(agent, Ct));
        var change = Assert.Single(await ChangesAsync(agent));
        Assert.Equal((PresenceStatus.Offline, PresenceStatus.Available), (change.From, change.To));
        Assert.Equal(new PresenceChangedEvent(agent, PresenceStatus.Available, clock.GetUtcNow().UtcDateTime), Assert.Single(published));
    }

    [Fact]
    public async Task Heartbeat_UserWithoutLine_StoresNothing()
    {
        var user = await services.AddUserAsync("No Line");

        await Presence(out _).HeartbeatAsync(user, Active, Ct);

        await using var db = await services.Db.CreateDbContextAsync(Ct);
        Assert.Empty(await db.AgentPresences.ToListAsync(Ct));
    }

    [Fact]
    public async Task Refresh_HeartbeatsStoppedPastTheLimit_Offline()
    {
        var agent = await services.AddUserAsync("Frozen Tab", "frozen");
        var presence = Presence(out _);
        await presence.HeartbeatAsync(agent, Active, Ct);

        clock.Advance(TimeSpan.FromSeconds(10));
        await presence.RefreshAsync(ct: Ct);
        Assert.Equal(PresenceStatus.Available, await presence.StatusOfAsync(agent, Ct));
        clock.Advance(TimeSpan.FromSeconds(6));
        await presence.RefreshAsync(ct: Ct);

        Assert.Equal(PresenceStatus.Offline, await presence.StatusOfAsync(agent, Ct));
    }

    [Fact]
    public async Task PageGone_LivePage_OfflineAtOnce()
    {
        var agent = await services.AddUserAsync("Closing Tab", "closing");
        var presence = Presence(out _);
        await presence.HeartbeatAsync(agent, Active, Ct);

        await presence.PageGoneAsync(agent, Ct);

        Assert.Equal(PresenceStatus.Offline, await presence.StatusOfAsync(agent, Ct));
    }

    [Fact]
    public async Task Choose_AwayThenAvailable_EachShownAndRecorded()
    {
        var agent = await services.AddUserAsync("Coffee Break", "coffee");
        var presence = Presence(out _);
        await presence.HeartbeatAsync(agent, Active, Ct);

        await presence.ChooseAsync(agent, Availability.Away, Ct);
        Assert.Equal(PresenceStatus.Away, await presence.StatusOfAsync(agent, Ct));
        await presence.ChooseAsync(agent, Availability.Available, Ct);

        Assert.Equal(PresenceStatus.Available, await presence.StatusOfAsync(agent, Ct));
        Assert.Equal([PresenceStatus.Available, PresenceStatus.Away, PresenceStatus.Available], (await ChangesAsync(agent)).Select(c => c.To));
    }

    [Fact]
    public async Task Refresh_CallAnsweredThenEnded_OnCallThenWrapUpUntilTheCardCloses()
    {
        var agent = await services.AddUserAsync("Busy Bee", "bee");
        var presence = Presence(out _);
        await presence.HeartbeatAsync(agent, Active, Ct);
        var callId = await AddAnsweredCallAsync(agent);

        await presence.RefreshAsync(ct: Ct);
        Assert.Equal(PresenceStatus.OnCall, await presence.StatusOfAsync(agent, Ct));
        await EndCallAsync(callId);
        await presence.RefreshAsync(ct: Ct);
        Assert.Equal(PresenceStatus.WrapUp, await presence.StatusOfAsync(agent, Ct));
        await presence.WrapUpDoneAsync(agent, Ct);

        Assert.Equal(PresenceStatus.Available, await presence.StatusOfAsync(agent, Ct));
    }

    [Fact]
    public async Task Refresh_WrapUpNotClosed_EndsAfterWrapUpSeconds()
    {
        var agent = await services.AddUserAsync("Slow Notes", "notes");
        var presence = Presence(out _);
        await presence.HeartbeatAsync(agent, Active, Ct);
        var callId = await AddAnsweredCallAsync(agent);
        await presence.RefreshAsync(ct: Ct);
        await EndCallAsync(callId);
        await presence.RefreshAsync(ct: Ct);

        clock.Advance(TimeSpan.FromSeconds(31));
        await presence.HeartbeatAsync(agent, Active, Ct);

        Assert.Equal(PresenceStatus.Available, await presence.StatusOfAsync(agent, Ct));
    }

    [Fact]
    public async Task Refresh_TwoInstancesSeeTheSameChange_RecordedOnce()
    {
        var agent = await services.AddUserAsync("Two Servers", "twoservers");
        await using var other = services.AnotherInstance();
        var here = Presence(out var publishedHere);
        var there = new PresenceService(other.Db, other.Get<SoftphoneLineService>(), new PresenceFeed(), other.Get<IOptions<PresenceOptions>>(), clock);
        await here.HeartbeatAsync(agent, Active, Ct);

        clock.Advance(TimeSpan.FromSeconds(20));
        await Task.WhenAll(here.RefreshAsync(ct: Ct), there.RefreshAsync(ct: Ct), here.RefreshAsync(ct: Ct));

        Assert.Equal([PresenceStatus.Available, PresenceStatus.Offline], (await ChangesAsync(agent)).Select(c => c.To));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PresenceService Presence(out List<PresenceChangedEvent> published)
    {
        var feed = new PresenceFeed();
        var seen = new List<PresenceChangedEvent>();
        feed.Published += seen.Add;
        published = seen;
        return new PresenceService(services.Db, services.Get<SoftphoneLineService>(), feed, services.Get<IOptions<PresenceOptions>>(), clock);
    }

    private async Task<List<PresenceChange>> ChangesAsync(string userId)
    {
        await using var db = await services.Db.CreateDbContextAsync(Ct);
        return await db.PresenceChanges.Where(c => c.UserId == userId).OrderBy(c => c.Id).ToListAsync(Ct);
    }

    private async Task<int> AddAnsweredCallAsync(string agentUserId)
    {
        await using var db = await services.Db.CreateDbContextAsync(Ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var call = new Call
        {
            CallSid = $"CA{Guid.NewGuid():N}", Direction = CallDirection.Inbound, Status = CallStatus.InProgress, From = "+12125550100",
            To = "+14155550100", AgentUserId = agentUserId, StartedAt = now, AnsweredAt = now,
        };
        db.Calls.Add(call);
        await db.SaveChangesAsync(Ct);
        return call.Id;
    }

    private async Task EndCallAsync(int callId)
    {
        await using var db = await services.Db.CreateDbContextAsync(Ct);
        var call = await db.Calls.SingleAsync(c => c.Id == callId, Ct);
        call.Status = CallStatus.Completed;
        call.EndedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(Ct);
    }
}
