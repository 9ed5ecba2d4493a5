using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Reports;

namespace Ispecia.Voip.Tests.Reports;

/// <summary>The report figures of <see cref="ReportDataSet"/>, computed by hand, on SQLite and on PostgreSQL.</summary>
public sealed class ReportQueryServiceTests
{
    private static readonly CallViewer Supervisor = new("sup", SeesEveryone: true);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RunAsync_HandComputedDay_GivesExactTotals(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var report = await Service(database).RunAsync(new ReportFilter(Supervisor, DayRange()), TestContext.Current.CancellationToken);

        var total = report.Total;
        // 10 answered + 2 missed (one to voicemail) + 2 abandoned + 1 voicemail-only route + 3 outbound; the day before is out.
        Assert.Equal((18L, 15L, 3L), (total.Calls, total.Inbound, total.Outbound));
        Assert.Equal((10L, 2L, 2L, 2L), (total.Answered, total.Missed, total.Abandoned, total.OutboundConnected));
        Assert.Equal(10.0 / 14, total.AnswerRate!.Value, 10);
        // Waits 5 8 10 12 15 20 25 30 40 60: mean 22.5; nearest rank 90% of 10 is the 9th, 40 s.
        Assert.Equal(22.5, total.AverageWaitSeconds);
        Assert.Equal(40, total.P90WaitSeconds);
        // Talk of 12 connected calls: 600 + 150 inbound, 100 + 50 outbound; the busy call's 20 s are not talk.
        Assert.Equal((75.0, 900.0), (total.AverageTalkSeconds!.Value, total.TotalTalkSeconds));
        Assert.Equal(20, total.AverageWrapUpSeconds);
        Assert.Equal(80, total.AverageHandleSeconds);
        Assert.Equal([9, 14, 10], report.BusiestHours);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RunAsync_HandComputedDay_GivesExactAgentAndTeamRows(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var report = await Service(database).RunAsync(new ReportFilter(Supervisor, DayRange()), TestContext.Current.CancellationToken);

        var avery = report.Agents.Single(a => a.Key == "u1").Figures;
        Assert.Equal("Avery Agent", report.Agents.Single(a => a.Key == "u1").Name);
        Assert.Equal((9L, 7L, 5L, 2L, 0L), (avery.Calls, avery.Inbound, avery.Answered, avery.Missed, avery.Abandoned));
        Assert.Equal((16.0, 30.0, 116.7, 15.0, 121.7), (avery.AverageWaitSeconds!.Value, avery.P90WaitSeconds!.Value, avery.AverageTalkSeconds!.Value, avery.AverageWrapUpSeconds!.Value, avery.AverageHandleSeconds!.Value));
        var blake = report.Agents.Single(a => a.Key == "u2").Figures;
        Assert.Equal((7L, 5L, 1L, 5.0 / 6), (blake.Calls, blake.Answered, blake.Abandoned, blake.AnswerRate!.Value));
        Assert.Equal((29.0, 60.0), (blake.AverageWaitSeconds!.Value, blake.P90WaitSeconds!.Value));
        var nobody = report.Agents.Single(a => a.Key is null);
        Assert.Equal((ReportQueryService.NoAgent, 2L, 1L), (nobody.Name, nobody.Figures.Calls, nobody.Figures.Abandoned));

        var support = report.Teams.Single(t => t.Name == "Support").Figures;
        Assert.Equal((10L, 5L, 2L, 1L, 0.625, 30.0), (support.Calls, support.Answered, support.Missed, support.Abandoned, support.AnswerRate!.Value, support.P90WaitSeconds!.Value));
        var sales = report.Teams.Single(t => t.Name == "Sales").Figures;
        Assert.Equal((7L, 6L, 1L), (sales.Calls, sales.Inbound, sales.Outbound));
        Assert.Equal(1L, report.Teams.Single(t => t.Name == ReportQueryService.NoTeam).Figures.Calls);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RunAsync_OneDay_ChartsEachHourStackedByResult(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);

        var report = await Service(database).RunAsync(new ReportFilter(Supervisor, DayRange()), TestContext.Current.CancellationToken);

        Assert.Equal(24, report.Series.Count);
        var nine = report.Series[9];
        Assert.Equal((5L, 1L, 6L), (nine.Answered, nine.Abandoned, nine.Total));
        Assert.Equal(5.0 / 6, nine.AnswerRate!.Value, 10);
        var ten = report.Series[10];
        Assert.Equal((2L, 1L, 1L), (ten.Missed, ten.OutboundConnected, ten.OutboundNotConnected));
        Assert.Equal(0, ten.AnswerRate);
        Assert.Equal(1L, report.Series[16].Other);
        Assert.Equal(18L, report.CallsByHourOfDay.Sum());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RunAsync_TeamFilter_CountsCallsRoutedToTheTeamOrHandledByItsMembers(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var teams = await TeamsAsync(database);

        var report = await Service(database).RunAsync(new ReportFilter(Supervisor, DayRange()) { TeamId = teams["Sales"] }, TestContext.Current.CancellationToken);

        Assert.Equal((7L, 5L, 1L), (report.Total.Calls, report.Total.Answered, report.Total.Abandoned));
        Assert.Equal(["u2"], report.Agents.Select(a => a.Key));
    }

    [Fact]
    public async Task RunAsync_AgentAsksForAnotherAgentOrTeam_GetsOnlyOwnFigures()
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        var teams = await TeamsAsync(database);
        var agent = new CallViewer("u1", SeesEveryone: false);

        var report = await Service(database).RunAsync(
            new ReportFilter(agent, DayRange()) { AgentUserId = "u2", TeamId = teams["Sales"] }, TestContext.Current.CancellationToken);

        Assert.Equal((9L, 5L, 2L, 0L), (report.Total.Calls, report.Total.Answered, report.Total.Missed, report.Total.Abandoned));
        Assert.Equal(["u1"], report.Agents.Select(a => a.Key));
        Assert.Empty(report.Teams);
    }

    [Fact]
    public async Task RunAsync_SevenDays_ChartsOnePointPerDay()
    {
        await using var database = await SeededAsync(DatabaseProvider.Sqlite);
        var now = new DateTimeOffset(ReportDataSet.Day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);

        var report = await Service(database).RunAsync(new ReportFilter(Supervisor, ReportRange.Last7Days(now)), TestContext.Current.CancellationToken);

        Assert.Equal(7, report.Series.Count);
        Assert.Equal((18L, 1L), (report.Series[^1].Total, report.Series[^2].Total));
        Assert.Equal(19L, report.Total.Calls);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RunAsync_CallerHungUpWhileQueued_CountsAsAbandonedNotAnsweredOrOther(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await AddQueueCallerWhoHungUpAsync(database);

        var report = await Service(database).RunAsync(new ReportFilter(Supervisor, DayRange()), TestContext.Current.CancellationToken);

        // The hand-computed day (10 answered, 2 missed, 2 abandoned) plus one caller who gave up in a queue.
        Assert.Equal((16L, 10L, 2L, 3L), (report.Total.Inbound, report.Total.Answered, report.Total.Missed, report.Total.Abandoned));
        Assert.Equal(10.0 / 15, report.Total.AnswerRate!.Value, 10);
    }

    /// <summary>Twilio answers a queued call (the caller hears the wait music), so only the queue's record tells it was abandoned.</summary>
    private static async Task AddQueueCallerWhoHungUpAsync(ProviderDatabase database)
    {
        await using var db = await database.Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var startedAt = ReportDataSet.Day.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);
        var call = new Call
        {
            CallSid = "CA" + Guid.NewGuid().ToString("N"), Direction = CallDirection.Inbound, Status = CallStatus.Completed, From = "+12125550111",
            To = "+14155550100", StartedAt = startedAt, EndedAt = startedAt.AddSeconds(95), DurationSeconds = 95,
        };
        var queue = new CallQueue { Name = "Support queue" };
        db.Calls.Add(call);
        db.CallQueues.Add(queue);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var entry = new QueueEntry { QueueId = queue.Id, CallId = call.Id, CallSid = call.CallSid, Caller = call.From, EnqueuedAt = startedAt };
        entry.End(QueueOutcome.Abandoned, startedAt.AddSeconds(95));
        db.QueueEntries.Add(entry);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static ReportRange DayRange() => ReportRange.Custom(ReportDataSet.Day, ReportDataSet.Day, out _)!;

    private static ReportQueryService Service(ProviderDatabase database) => new(database.Db);

    private static async Task<ProviderDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await ProviderDatabase.CreateAsync(provider);
        await using (var db = await database.Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        await ReportDataSet.SeedAsync(database.Db, TestContext.Current.CancellationToken);
        return database;
    }

    private static async Task<Dictionary<string, int>> TeamsAsync(ProviderDatabase database)
    {
        await using var db = await database.Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id, TestContext.Current.CancellationToken);
    }
}
