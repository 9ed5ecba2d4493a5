using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Setup;
using Ispecia.Voip.Core.Simulator;

namespace Ispecia.Voip.Tests.Queues;

/// <summary>A queue of agent1 and agent2 behind the demo main line, on a running app in simulator mode, and ways to watch it.</summary>
public sealed class QueueScenario(IServiceProvider services)
{
    private static readonly AuditActor Admin = new("test-admin", DemoAccounts.Admin);

    public int QueueId { get; private set; }

    public IServiceProvider Services => services;

    /// <summary>Creates the queue (members agent1 and agent2, changed by <paramref name="configure"/>) and sends the main line to it.</summary>
    public async Task<QueueScenario> StartAsync(Action<CallQueueRequest>? configure = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var factory = Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var members = await db.VoipAccounts.Where(a => a.Identity == "agent1" || a.Identity == "agent2").Select(a => a.UserId).ToListAsync(ct);
            var request = new CallQueueRequest { Name = "Support", MemberIds = members, Strategy = QueueStrategy.OfferToAll, AnnounceEverySeconds = 15, MaxWaitSeconds = 600 };
            configure?.Invoke(request);
            QueueId = (await Services.GetRequiredService<CallQueueService>().SaveAsync(request, Admin, ct))!.Value;
        }

        var routes = Services.GetRequiredService<InboundRouteService>();
        var mainLine = (await routes.ListAsync(ct)).Single(r => r.DidPattern == DemoDataSeeder.MainLineDid);
        var route = (await routes.GetAsync(mainLine.Id, ct))!;
        route.Destination = RouteDestination.Queue;
        route.DestinationQueueId = QueueId;
        Assert.True(await routes.UpdateAsync(mainLine.Id, route, Admin, ct));
        return this;
    }

    public string PlaceCall(string from = "+12125550199", int? hangupAfterSeconds = null) =>
        Services.GetRequiredService<TwilioSimulator>().PlaceInboundCall(from, DemoDataSeeder.MainLineDid, hangupAfterSeconds).Sid;

    public async Task<string> UserIdAsync(string identity)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.VoipAccounts.Where(a => a.Identity == identity).Select(a => a.UserId).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Polls the queue entry of <paramref name="callSid"/> until <paramref name="done"/> holds.</summary>
    public async Task<QueueEntry> WaitForEntryAsync(string callSid, Func<QueueEntry, bool> done, TimeSpan? timeout = null)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        QueueEntry? last = null;
        while (DateTime.UtcNow < deadline)
        {
            await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
            {
                last = await db.QueueEntries.AsNoTracking().FirstOrDefaultAsync(e => e.CallSid == callSid, TestContext.Current.CancellationToken);
                if (last is not null && done(last))
                {
                    return last;
                }
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"The queue entry of {callSid} never got there; last seen: {last?.Outcome.ToString() ?? "none"}.");
    }
}
