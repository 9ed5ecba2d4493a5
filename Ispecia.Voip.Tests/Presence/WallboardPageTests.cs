using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Web.Presence;

namespace Ispecia.Voip.Tests.Presence;

/// <summary>The supervisors' wallboard: every agent's presence and call, today's calls, kept live by the feeds.</summary>
public sealed class WallboardPageTests : AdminComponentTestContext
{
    [Fact]
    public async Task Render_AgentsInSeveralStates_EachCardShowsPresenceAndTheCallParty()
    {
        var available = await AddUserAsync("Ann Available", "ann");
        var busy = await AddUserAsync("Ben Busy", "ben");
        await AddUserAsync("Olga Offline", "olga");
        var presence = Get<PresenceService>();
        await presence.HeartbeatAsync(available, new PageReport(true, 0), Cancel);
        await presence.HeartbeatAsync(busy, new PageReport(true, 0), Cancel);
        await AddCallAsync(busy, inProgress: true);
        await AddCallAsync(null, inProgress: false);
        await presence.RefreshAsync(ct: Cancel);

        var page = Render<WallboardPage>();

        page.WaitForAssertion(() => Assert.Equal(
            ["Ann Available:available", "Ben Busy:on-call", "Olga Offline:offline"],
            page.FindAll("[data-testid=wallboard-agent]").Select(a => $"{a.QuerySelector("h6")!.TextContent.Trim()}:{a.GetAttribute("data-presence")}")));
        var call = page.Find($"[data-user=\"{busy}\"] [data-testid=wallboard-agent-call]");
        Assert.Contains("+12125550177", call.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.Find("[data-testid=wallboard-missed] h4").TextContent.Trim());
        Assert.Equal("1", page.Find("[data-testid=wallboard-answered] h4").TextContent.Trim());
    }

    [Fact]
    public async Task PresenceChanged_AgentGoesAway_TheCardFollowsWithoutAReload()
    {
        var agent = await AddUserAsync("Cleo Changing", "cleo");
        var presence = Get<PresenceService>();
        await presence.HeartbeatAsync(agent, new PageReport(true, 0), Cancel);
        var page = Render<WallboardPage>();
        page.WaitForAssertion(() => Assert.Equal("available", page.Find("[data-testid=wallboard-agent]").GetAttribute("data-presence")));

        await presence.ChooseAsync(agent, Availability.Away, Cancel);

        page.WaitForAssertion(() => Assert.Equal("away", page.Find("[data-testid=wallboard-agent]").GetAttribute("data-presence")));
    }

    private async Task AddCallAsync(string? agentUserId, bool inProgress)
    {
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var now = DateTime.UtcNow;
        db.Calls.Add(new Call
        {
            CallSid = $"CA{Guid.NewGuid():N}", Direction = CallDirection.Inbound, From = "+12125550177", To = "+14155550100",
            AgentUserId = agentUserId, StartedAt = now,
            Status = inProgress ? CallStatus.InProgress : CallStatus.Completed,
            AnsweredAt = inProgress ? now : null,
            IsMissed = !inProgress,
            EndedAt = inProgress ? null : now,
        });
        await db.SaveChangesAsync(Cancel);
    }
}
