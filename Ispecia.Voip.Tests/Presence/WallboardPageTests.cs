using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Queues;
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
        Assert.Contains("(212) 555-0177", call.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.Find("[data-testid=wallboard-missed] h4").TextContent.Trim());
        Assert.Equal("1", page.Find("[data-testid=wallboard-answered] h4").TextContent.Trim());
        Assert.Equal("0", page.Find("[data-testid=wallboard-abandoned] h4").TextContent.Trim());
    }

    [Fact]
    public async Task Render_CallerWaitingInAQueue_TheQueueTileCountsThem()
    {
        await using (var db = await Db.CreateDbContextAsync(Cancel))
        {
            var call = new Call
            {
                CallSid = $"CA{Guid.NewGuid():N}", Direction = CallDirection.Inbound, Status = CallStatus.InProgress, From = "+12125550188",
                To = "+14155550100", StartedAt = DateTime.UtcNow.AddSeconds(-30),
            };
            var queue = new CallQueue { Name = "Support queue" };
            db.Calls.Add(call);
            db.CallQueues.Add(queue);
            await db.SaveChangesAsync(Cancel);
            db.QueueEntries.Add(new QueueEntry { QueueId = queue.Id, CallId = call.Id, CallSid = call.CallSid, Caller = call.From, EnqueuedAt = call.StartedAt });
            await db.SaveChangesAsync(Cancel);
        }

        var page = Render<WallboardPage>();

        page.WaitForAssertion(() => Assert.Contains("Support queue", page.Find("[data-testid=wallboard-queue]").TextContent, StringComparison.Ordinal));
        Assert.Equal("1", page.Find("[data-testid=wallboard-queue-waiting]").TextContent.Trim());
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
            // Rang out unanswered: missed, not abandoned (the caller did not hang up first).
            DialStatus = inProgress ? null : CallStatus.NoAnswer,
            EndedAt = inProgress ? null : now,
        });
        await db.SaveChangesAsync(Cancel);
    }
}
