using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Web.Queues;

namespace Ispecia.Voip.Tests.Queues;

public sealed class QueuesPageTests : AdminComponentTestContext
{
    [Fact]
    public async Task Render_Queues_ListsThemWithMembersStrategyAndRoutes()
    {
        var ana = await AddUserAsync("Ana Lima", "ana.lima", "101");
        var id = await SaveAsync(new CallQueueRequest { Name = "Support", MemberIds = [ana], Strategy = QueueStrategy.OfferToAll, MaxWaitSeconds = 120 });
        await SendRouteAsync(id, "Support line");

        var (_, page) = RenderPage<QueuesPage>();

        page.WaitForAssertion(() => Assert.Equal(["Support"], page.FindAll("[data-testid=queue-row]").Select(r => r.TextContent)));
        var row = page.Find("[data-testid=queue-row]").Closest("tr")!.TextContent;
        Assert.Contains("Ana Lima", row, StringComparison.Ordinal);
        Assert.Contains("Offer to all members", row, StringComparison.Ordinal);
        Assert.Contains("120 s, then voicemail", row, StringComparison.Ordinal);
        Assert.Contains("Support line", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_NameAndMember_SavesTheQueueAndAudits()
    {
        await AddUserAsync("Ana Lima", "ana.lima", "101");
        var (dialogs, page) = RenderPage<QueuesPage>();
        page.WaitForElement("[data-testid=queue-add]");

        var click = ClickAsync(page.Find("[data-testid=queue-add]"));
        dialogs.WaitForElement("input[data-testid=queue-name]").Change("Billing");
        await SelectAsync(dialogs, "queue-members", "Ana Lima (ana.lima)");
        await ClickAsync(dialogs.Find("[data-testid=queue-save]"));
        await click;

        page.WaitForAssertion(() => Assert.Equal(["Billing"], page.FindAll("[data-testid=queue-row]").Select(r => r.TextContent)));
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var entry = await db.AuditEntries.SingleAsync(a => a.Entity == CallQueueService.EntityName, Cancel);
        Assert.Equal(("Created queue 'Billing'.", AdminEmail), (entry.Summary, entry.UserName));
    }

    [Fact]
    public async Task Add_NoMembersNorTeam_RefusedWithAMessageAndNothingStored()
    {
        var (dialogs, page) = RenderPage<QueuesPage>();
        page.WaitForElement("[data-testid=queue-add]");

        _ = ClickAsync(page.Find("[data-testid=queue-add]"));
        dialogs.WaitForElement("input[data-testid=queue-name]").Change("Billing");
        await ClickAsync(dialogs.Find("[data-testid=queue-save]"));

        dialogs.WaitForAssertion(() => Assert.Contains("Choose members, a team, or both", dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(await Get<CallQueueService>().ListAsync(Cancel));
    }

    [Fact]
    public async Task Delete_QueueARouteUses_RefusedNamingTheRoute()
    {
        var ana = await AddUserAsync("Ana Lima", "ana.lima", "101");
        var id = await SaveAsync(new CallQueueRequest { Name = "Support", MemberIds = [ana] });
        await SendRouteAsync(id, "Support line");
        var (dialogs, page) = RenderPage<QueuesPage>();
        page.WaitForElement("[data-testid=queue-row]");

        var click = ClickAsync(page.Find("[data-testid=queue-delete]"));
        await ConfirmAsync(dialogs);
        await click;

        page.WaitForAssertion(() => Assert.Equal(
            "Queue 'Support' was not deleted. Inbound route 'Support line' still sends calls to this queue. Send them somewhere else first.",
            page.Find("[data-testid=queue-error]").TextContent.Trim()));
        Assert.NotNull(await Get<CallQueueService>().GetAsync(id, Cancel));
    }

    [Fact]
    public async Task Render_CallerWaiting_FiguresShowSizeAndAbandoned()
    {
        var ana = await AddUserAsync("Ana Lima", "ana.lima", "101");
        var id = await SaveAsync(new CallQueueRequest { Name = "Support", MemberIds = [ana] });
        await AddEntryAsync(id, QueueOutcome.Waiting);
        await AddEntryAsync(id, QueueOutcome.Abandoned);

        var (_, page) = RenderPage<QueuesPage>();

        page.WaitForAssertion(() =>
        {
            var figure = page.Find("[data-testid=queue-figure]");
            Assert.Equal(("1", "1"), (figure.GetAttribute("data-waiting"), figure.GetAttribute("data-abandoned")));
        });
    }

    private async Task<int> SaveAsync(CallQueueRequest queue) => (await Get<CallQueueService>().SaveAsync(queue, Admin, Cancel))!.Value;

    private Task<int> SendRouteAsync(int queueId, string routeName) => Get<InboundRouteService>().CreateAsync(
        new InboundRouteRequest { Name = routeName, DidPattern = "+14155550120", Destination = RouteDestination.Queue, DestinationQueueId = queueId }, Admin, Cancel);

    private async Task AddEntryAsync(int queueId, QueueOutcome outcome)
    {
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var call = new Call { CallSid = "CA" + Guid.NewGuid().ToString("N"), Direction = CallDirection.Inbound, From = "+12125550123", To = "+14155550120", StartedAt = now };
        db.Calls.Add(call);
        db.QueueEntries.Add(new QueueEntry { QueueId = queueId, Call = call, CallSid = call.CallSid, Caller = call.From, EnqueuedAt = now.AddSeconds(-30), Outcome = outcome });
        await db.SaveChangesAsync(Cancel);
    }
}
