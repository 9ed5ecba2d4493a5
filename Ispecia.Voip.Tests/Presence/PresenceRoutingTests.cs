using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Tests.Presence;

/// <summary>Routing rings only the agents a call would reach: never one away, busy, wrapping up, or behind a frozen tab.</summary>
public sealed class PresenceRoutingTests : IAsyncLifetime
{
    private AdminServices services = default!;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task TeamTargets_MembersInEveryPresence_OnlyTheAvailableOneRings()
    {
        var presence = services.Get<PresenceService>();
        var available = await LiveAgentAsync("Avery Available", "avery");
        var away = await LiveAgentAsync("Alex Away", "alex");
        await presence.ChooseAsync(away, Availability.Away, Ct);
        var dnd = await LiveAgentAsync("Dana Dnd", "dana");
        await presence.ChooseAsync(dnd, Availability.DoNotDisturb, Ct);
        var onCall = await LiveAgentAsync("Olly Oncall", "olly");
        await AddAnsweredCallAsync(onCall);
        await presence.RefreshAsync(onCall, Ct);
        var neverOpened = await services.AddUserAsync("Nia Neveropened", "nia");
        var frozen = await services.AddUserAsync("Fred Frozen", "fred");
        await StaleHeartbeatAsync(frozen, secondsAgo: 20);
        var teamId = await TeamAsync(available, away, dnd, onCall, neverOpened, frozen);

        var targets = await TargetsAsync(new InboundRoute { Destination = RouteDestination.Team, DestinationTeamId = teamId });

        Assert.Equal(["avery"], targets.Select(t => t.Identity));
    }

    [Fact]
    public async Task AgentTarget_AgentsPageFrozenBeforeTheSweep_NobodyRings()
    {
        var frozen = await services.AddUserAsync("Fay Frozen", "fay");
        await StaleHeartbeatAsync(frozen, secondsAgo: 16);

        var targets = await TargetsAsync(new InboundRoute { Destination = RouteDestination.Agent, DestinationUserId = frozen });

        Assert.Empty(targets);
    }

    [Fact]
    public async Task AgentTarget_PageGone_NobodyRingsAndTheRouteFallsBack()
    {
        var agent = await LiveAgentAsync("Gil Gone", "gil");
        var route = new InboundRoute { Name = "Direct", Destination = RouteDestination.Agent, DestinationUserId = agent, Fallback = RouteDestination.Voicemail };
        Assert.Single(await TargetsAsync(route));

        await services.Get<PresenceService>().PageGoneAsync(agent, Ct);

        Assert.Empty(await TargetsAsync(route));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> LiveAgentAsync(string name, string identity)
    {
        var userId = await services.AddUserAsync(name, identity);
        await services.Get<PresenceService>().HeartbeatAsync(userId, new PageReport(DeviceRegistered: true, IdleSeconds: 0), Ct);
        return userId;
    }

    /// <summary>The page sent its last heartbeat a while ago and the sweep has not run since: still stored as Available.</summary>
    private async Task StaleHeartbeatAsync(string userId, int secondsAgo)
    {
        await using var db = await services.Db.CreateDbContextAsync(Ct);
        var then = DateTime.UtcNow.AddSeconds(-secondsAgo);
        db.AgentPresences.Add(new AgentPresence { UserId = userId, Status = PresenceStatus.Available, Since = then, LastSeenAt = then, DeviceRegistered = true });
        await db.SaveChangesAsync(Ct);
    }

    private async Task<int> TeamAsync(params string[] members)
    {
        await using var db = await services.Db.CreateDbContextAsync(Ct);
        var team = new Team { Name = $"Team {Guid.NewGuid():N}", Members = [.. members.Select(m => new TeamMember { UserId = m })] };
        db.Set<Team>().Add(team);
        await db.SaveChangesAsync(Ct);
        return team.Id;
    }

    private async Task AddAnsweredCallAsync(string agentUserId)
    {
        await using var db = await services.Db.CreateDbContextAsync(Ct);
        db.Calls.Add(new Call
        {
            CallSid = $"CA{Guid.NewGuid():N}", Direction = CallDirection.Inbound, Status = CallStatus.InProgress, From = "+12125550100",
            To = "+14155550100", AgentUserId = agentUserId, StartedAt = DateTime.UtcNow, AnsweredAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(Ct);
    }

    private async Task<List<VoipAccount>> TargetsAsync(InboundRoute route)
    {
        await using var db = await services.Db.CreateDbContextAsync(Ct);
        return await services.Get<InboundCallPlanner>().TargetsAsync(db, route, byPresence: true, Ct);
    }
}
