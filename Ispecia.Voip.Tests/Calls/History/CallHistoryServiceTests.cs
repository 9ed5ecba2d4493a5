using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Calls.History;

public sealed class CallHistoryServiceTests : HistoryDatabase
{
    private static readonly DateTime T0 = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task PageAsync_TiesOnStartedAt_WalksEveryCallOnceNewestFirst()
    {
        // Three calls share T0+1h and two share T0, so ties straddle page boundaries at every page size tried.
        var calls = new[] { T0.AddHours(1), T0, T0.AddHours(1), T0.AddMinutes(30), T0, T0.AddHours(1), T0.AddHours(2), T0.AddSeconds(1) }
            .Select(at => NewCall(at)).ToArray();
        await AddAsync(calls);
        var expected = calls.OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id).Select(c => c.Id).ToList();

        foreach (var limit in new[] { 1, 2, 3, 5, 8, 100 })
        {
            var walked = await AllPagesAsync(new CallHistoryFilter(Supervisor), limit);
            Assert.Equal(expected, walked.Select(i => i.Id));
        }
    }

    [Fact]
    public async Task PageAsync_NewerCallArrivesBetweenPages_NextPageNeitherRepeatsNorSkips()
    {
        var calls = Enumerable.Range(0, 4).Select(i => NewCall(T0.AddMinutes(-i))).ToArray();
        await AddAsync(calls);
        var first = await History.PageAsync(new CallHistoryFilter(Supervisor), null, 2, Ct);

        await AddAsync(NewCall(T0.AddHours(1)));
        Assert.True(CallHistoryCursor.TryParse(first.NextCursor, out var cursor));
        var second = await History.PageAsync(new CallHistoryFilter(Supervisor), cursor, 2, Ct);

        Assert.Equal(calls.Select(c => c.Id), first.Items.Concat(second.Items).Select(i => i.Id));
        Assert.Null(second.NextCursor);
    }

    [Fact]
    public async Task PageAsync_Agent_SeesOnlyOwnCallsWhateverTheFilterAsks()
    {
        var ids = await AddAsync(NewCall(T0), NewCall(T0.AddMinutes(1), c => c.AgentUserId = "u2"), NewCall(T0.AddMinutes(2), c => c.AgentUserId = null));

        var own = await AllPagesAsync(new CallHistoryFilter(Agent1), 10);
        var asksForOthers = await AllPagesAsync(new CallHistoryFilter(Agent1) { AgentUserId = "u2" }, 10);
        var everyone = await AllPagesAsync(new CallHistoryFilter(Supervisor), 10);

        Assert.Equal([ids[0]], own.Select(i => i.Id));
        Assert.Empty(asksForOthers);
        Assert.Equal(ids.AsEnumerable().Reverse(), everyone.Select(i => i.Id));
    }

    [Fact]
    public async Task PageAsync_Filters_CombineDirectionResultDatesTeamAndSearch()
    {
        var team = new Team { Name = "Support", Members = [new TeamMember { UserId = "u2" }] };
        var contact = new Contact { FirstName = "Ines", LastName = "Carvalho", CreatedAt = T0, UpdatedAt = T0 };
        await using (var db = await Db.CreateDbContextAsync(Ct))
        {
            db.Teams.Add(team);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync(Ct);
        }

        var (teamId, contactId) = (team.Id, contact.Id);
        var ids = await AddAsync(
            NewCall(T0, c => c.DialStatus = CallStatus.Busy),
            NewCall(T0.AddDays(1), c => c.ContactId = contactId),
            NewCall(T0.AddDays(2), c => { c.Direction = CallDirection.Inbound; c.From = "+13105550123"; c.To = "+14155550100"; c.DialStatus = null; c.AgentUserId = "u2"; }),
            NewCall(T0.AddDays(3), c => { c.Direction = CallDirection.Inbound; c.IsMissed = true; c.Status = CallStatus.NoAnswer; c.DialStatus = null; c.AgentUserId = null; c.TeamId = teamId; }));

        async Task<IEnumerable<int>> Ids(CallHistoryFilter filter) => (await AllPagesAsync(filter, 10)).Select(i => i.Id).Order();

        Assert.Equal([ids[2], ids[3]], await Ids(new CallHistoryFilter(Supervisor) { Direction = CallDirection.Inbound }));
        Assert.Equal([ids[0]], await Ids(new CallHistoryFilter(Supervisor) { Result = CallResult.Busy }));
        Assert.Equal([ids[3]], await Ids(new CallHistoryFilter(Supervisor) { Result = "MISSED" }));
        Assert.Equal([ids[1], ids[2]], await Ids(new CallHistoryFilter(Supervisor) { From = T0.AddDays(1), To = T0.AddDays(3) }));
        Assert.Equal([ids[2], ids[3]], await Ids(new CallHistoryFilter(Supervisor) { TeamId = teamId }));
        Assert.Equal([ids[2]], await Ids(new CallHistoryFilter(Supervisor) { Search = "(310) 555-01" }));
        Assert.Equal([ids[1]], await Ids(new CallHistoryFilter(Supervisor) { Search = "carvalho" }));
        Assert.Equal([ids[2]], await Ids(new CallHistoryFilter(Supervisor) { Search = "blake" }));
    }

    [Fact]
    public async Task PageAsync_Item_CarriesResultWordDisplayFormsAndNames()
    {
        await AddAsync(NewCall(T0, c => { c.DialStatus = CallStatus.NoAnswer; c.Outcome = CallOutcome.CallBack; c.Notes = "Friday"; }));

        var item = Assert.Single((await History.PageAsync(new CallHistoryFilter(Agent1), null, 10, Ct)).Items);

        Assert.Equal((CallResult.NoAnswer, "agent1", "(212) 555-0147", "Avery Agent"), (item.Result, item.FromDisplay, item.ToDisplay, item.AgentName));
        Assert.Equal((CallOutcome.CallBack, "Friday", false), (item.Outcome, item.Notes, item.HasRecording));
    }

    [Fact]
    public async Task FindAsync_OwnCall_TimelineByTimeThenIdAndRecordings()
    {
        var call = NewCall(T0);
        call.Events.Add(new CallEvent { At = T0.AddSeconds(9), Kind = "status", Status = CallStatus.Completed });
        call.Events.Add(new CallEvent { At = T0, Kind = "status", Status = CallStatus.Ringing });
        call.Events.Add(new CallEvent { At = T0, Kind = "note", Detail = "same instant, added later" });
        call.Recordings.Add(new Recording { RecordingSid = "RE1", DurationSeconds = 42, Channels = 2, CreatedAt = T0.AddSeconds(10) });
        var id = (await AddAsync(call))[0];

        var detail = await History.FindAsync(Agent1, id, Ct);

        Assert.NotNull(detail);
        Assert.Equal(["status", "note", "status"], detail.Timeline.Select(e => e.Kind));
        Assert.Equal(CallStatus.Completed, detail.Timeline[^1].Status);
        var recording = Assert.Single(detail.Recordings);
        Assert.Equal((42, 2, false), (recording.DurationSeconds, recording.Channels, recording.IsVoicemail));
        Assert.True(detail.Call.HasRecording);
    }

    [Fact]
    public async Task FindAsync_AnotherAgentsCall_ReturnsNullForTheAgentButNotForASupervisor()
    {
        var id = (await AddAsync(NewCall(T0, c => c.AgentUserId = "u2")))[0];

        Assert.Null(await History.FindAsync(Agent1, id, Ct));
        Assert.NotNull(await History.FindAsync(Supervisor, id, Ct));
    }
}
