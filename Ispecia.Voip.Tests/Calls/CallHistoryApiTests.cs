namespace Ispecia.Voip.Tests.Calls;

/// <summary>GET /api/voip/calls/history and /api/voip/calls/{id}.</summary>
public sealed class CallHistoryApiTests(VoipApiApp fixture) : IClassFixture<VoipApiApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task History_TiesOnStartedAtAcrossPages_CursorWalksEveryCallOnceNewestFirst()
    {
        var day = fixture.NewDay();
        var calls = new List<Call>();
        foreach (var minutes in new[] { 10, 20, 20, 20, 5, 30, 10 })
        {
            calls.Add(await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddMinutes(minutes)));
        }

        var client = await fixture.ClientAsync(DemoAccounts.Supervisor);
        var seen = new List<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"/api/voip/calls/history?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await client.GetFromJsonAsync<JsonElement>(url, Ct);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(calls.OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id).Select(c => c.Id), seen);
        Assert.Equal(4, pages);
    }

    [Fact]
    public async Task History_Filters_DirectionStatusWordAndTime()
    {
        var day = fixture.NewDay();
        var busy = await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(9), c => c.DialStatus = CallStatus.Busy);
        var missed = await fixture.AddCallAsync(null, day.AddHours(10), c =>
            (c.Direction, c.Status, c.DialStatus, c.IsMissed, c.From, c.To) = (CallDirection.Inbound, CallStatus.NoAnswer, null, true, "+13105550123", "+14155550100"));
        var answered = await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(11));
        var client = await fixture.ClientAsync(DemoAccounts.Admin);

        var window = $"from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";

        async Task<IEnumerable<int>> Ids(string query) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/voip/calls/history?{query}", Ct))
                .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32());

        Assert.Equal([missed.Id], await Ids($"{window}&direction=inbound"));
        Assert.Equal([answered.Id, busy.Id], await Ids($"{window}&direction=Outbound"));
        Assert.Equal([busy.Id], await Ids($"{window}&status=busy"));
        Assert.Equal([missed.Id], await Ids($"{window}&status=missed"));
        Assert.Equal([answered.Id], await Ids($"{window}&status=completed"));
        Assert.Equal([answered.Id, missed.Id], await Ids($"from={day.AddHours(10):O}&to={day:yyyy-MM-dd}"));
        Assert.Equal([busy.Id], await Ids($"from={day:yyyy-MM-dd}&to={day.AddHours(10):O}"));
    }

    [Fact]
    public async Task History_Item_HasEveryFieldTheSoftphoneAndIntegratorsNeed()
    {
        var day = fixture.NewDay();
        var call = await fixture.AddCallAsync(DemoAccounts.Agent1, day, c => (c.DialStatus, c.Outcome, c.Notes) = (CallStatus.NoAnswer, CallOutcome.CallBack, "Try Friday"));
        var client = await fixture.ClientAsync(DemoAccounts.Agent1);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/voip/calls/history?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", Ct);

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(call.CallSid, item.GetProperty("callSid").GetString());
        Assert.Equal(("Outbound", "Completed", "NoAnswer", "no-answer"),
            (item.GetProperty("direction").GetString(), item.GetProperty("status").GetString(), item.GetProperty("dialStatus").GetString(), item.GetProperty("result").GetString()));
        Assert.Equal(("+12125550147", "(212) 555-0147", "agent"), (item.GetProperty("to").GetString(), item.GetProperty("toDisplay").GetString(), item.GetProperty("fromDisplay").GetString()));
        Assert.Equal(("Avery Agent", await fixture.UserIdAsync(DemoAccounts.Agent1)), (item.GetProperty("agentName").GetString(), item.GetProperty("agentId").GetString()));
        Assert.Equal((60, false, "CallBack", "Try Friday"),
            (item.GetProperty("durationSeconds").GetInt32(), item.GetProperty("hasRecording").GetBoolean(), item.GetProperty("outcome").GetString(), item.GetProperty("notes").GetString()));
        Assert.Equal(day, item.GetProperty("startedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("direction=sideways", "direction")]
    [InlineData("direction=1", "direction")]
    [InlineData("status=lost", "status")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("from=2026-11-25&to=2026-11-24", "from")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=MTI6MA", "cursor")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=99999999999999999999", "limit")]
    public async Task History_BadQueryValue_Returns400ProblemNamingIt(string query, string name)
    {
        var client = await fixture.ClientAsync(DemoAccounts.Supervisor);

        var response = await client.GetAsync($"/api/voip/calls/history?{query}", Ct);

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.GetProperty("errors").GetProperty(name).EnumerateArray().Single().GetString()!);
    }

    [Fact]
    public async Task GetCall_Detail_TimelineOldestFirstRecordingsWithAppUrlsOnly()
    {
        var day = fixture.NewDay();
        var call = await fixture.AddCallAsync(DemoAccounts.Agent1, day, c =>
        {
            c.Events.Add(new CallEvent { At = day.AddSeconds(65), Kind = "status", Status = CallStatus.Completed, SequenceNumber = 3 });
            c.Events.Add(new CallEvent { At = day, Kind = "status", Status = CallStatus.Ringing, SequenceNumber = 1 });
            c.Events.Add(new CallEvent { At = day.AddSeconds(5), Kind = "status", Status = CallStatus.InProgress, SequenceNumber = 2 });
        });
        var recording = await fixture.AddRecordingAsync(call);
        var client = await fixture.ClientAsync(DemoAccounts.Agent1);

        var response = await client.GetAsync($"/api/voip/calls/{call.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var detail = JsonDocument.Parse(text).RootElement;
        Assert.Equal(call.Id, detail.GetProperty("call").GetProperty("id").GetInt32());
        Assert.True(detail.GetProperty("call").GetProperty("hasRecording").GetBoolean());
        Assert.Equal(["Ringing", "InProgress", "Completed"], detail.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        var link = Assert.Single(detail.GetProperty("recordings").EnumerateArray());
        Assert.Equal($"/api/voip/recordings/{recording.Id}/audio?format=mp3", link.GetProperty("audioUrl").GetString());
        Assert.Equal((58, 2, false), (link.GetProperty("durationSeconds").GetInt32(), link.GetProperty("channels").GetInt32(), link.GetProperty("isVoicemail").GetBoolean()));
        Assert.DoesNotContain(recording.RecordingSid, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCall_Unknown_Returns404Problem()
    {
        var client = await fixture.ClientAsync(DemoAccounts.Admin);

        await ApiAssert.ProblemAsync(await client.GetAsync("/api/voip/calls/987654321", Ct), HttpStatusCode.NotFound);
    }
}
