using System.Globalization;
using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Web.Softphone;

namespace Ispecia.Voip.Tests.Queues;

/// <summary>The softphone's list of callers waiting in the agent's queues, and the one-click take.</summary>
public sealed class SoftphoneQueueTests : SoftphoneTestContext
{
    private static readonly MouseEventArgs Click = new();

    [Fact]
    public async Task Open_CallersWaiting_ListsThemLongestWaitingFirstWithQueueAndTime()
    {
        var cut = await RenderOpenAsync();
        var queueId = await AddQueueAsync("Support", memberIsMe: true);
        await AddWaitingAsync(queueId, "+12125550101", "Dana Reyes", waitedSeconds: 95);
        await AddWaitingAsync(queueId, "+12125550102", null, waitedSeconds: 10);

        await PublishAsync(cut, queueId);

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=queue-waiting]");
            Assert.Equal(2, rows.Count);
            Assert.All(rows, r => Assert.Equal(queueId.ToString(CultureInfo.InvariantCulture), r.GetAttribute("data-queue")));
            Assert.Contains("Dana Reyes", rows[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("Support", rows[0].TextContent, StringComparison.Ordinal);
            Assert.StartsWith("1:3", rows[0].QuerySelector("[data-testid=queue-waited]")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(Get<PhoneNumberService>().FormatForDisplay("+12125550102"), rows[1].TextContent, StringComparison.Ordinal);
        });
        // One take per queue: the front caller, whom Twilio hands over.
        Assert.Single(cut.FindAll("[data-testid=queue-take]"));
    }

    [Fact]
    public async Task Take_FrontCaller_PlacesTheTakeThroughTheDevice()
    {
        Session.Setup<string?>("connect", _ => true).SetResult("CA-take-1");
        var cut = await RenderOpenAsync();
        var queueId = await AddQueueAsync("Support", memberIsMe: true);
        await AddWaitingAsync(queueId, "+12125550101", "Dana Reyes", waitedSeconds: 30);
        await PublishAsync(cut, queueId);

        await cut.WaitForElement("[data-testid=queue-take]").ClickAsync(Click);

        var connect = Assert.Single(Session.Invocations["connect"]);
        var parameters = Assert.IsType<Dictionary<string, string>>(connect.Arguments[0]);
        Assert.Equal($"queue:{queueId}", parameters["To"]);
        Assert.Equal("connecting", cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state"));
        Assert.Contains("Dana Reyes", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_CallerWaitingInSomeoneElsesQueue_IsNotListed()
    {
        var cut = await RenderOpenAsync();
        var queueId = await AddQueueAsync("Billing", memberIsMe: false);
        await AddWaitingAsync(queueId, "+12125550101", "Dana Reyes", waitedSeconds: 30);

        await PublishAsync(cut, queueId);

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=keypad-key-5]")));
        Assert.Empty(cut.FindAll("[data-testid=queue-waiting]"));
    }

    private T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    private Task PublishAsync(IRenderedComponent<Ispecia.Voip.Web.Softphone.Softphone> cut, int queueId) =>
        cut.InvokeAsync(() => Get<Ispecia.Voip.Web.Calls.Events.CallEventsFeed>().Publish(new QueueChangedEvent(queueId)));

    private async Task<int> AddQueueAsync(string name, bool memberIsMe)
    {
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var other = new AppUser { Id = Guid.NewGuid().ToString(), UserName = $"{name}@x.local", Email = $"{name}@x.local", DisplayName = "Other", IsActive = true };
        db.Users.Add(other);
        var queue = new CallQueue { Name = name, Members = [new CallQueueMember { UserId = memberIsMe ? UserId : other.Id }] };
        db.CallQueues.Add(queue);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return queue.Id;
    }

    private async Task AddWaitingAsync(int queueId, string caller, string? name, int waitedSeconds)
    {
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var now = Get<TimeProvider>().GetUtcNow().UtcDateTime;
        var call = new Call { CallSid = "CA" + Guid.NewGuid().ToString("N"), Direction = CallDirection.Inbound, From = caller, To = "+14155550100", StartedAt = now };
        db.Calls.Add(call);
        db.QueueEntries.Add(new QueueEntry { QueueId = queueId, Call = call, CallSid = call.CallSid, Caller = caller, CallerName = name, EnqueuedAt = now.AddSeconds(-waitedSeconds) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
