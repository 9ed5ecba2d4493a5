using Ispecia.Voip.Web.Calls;

namespace Ispecia.Voip.Tests.Security;

/// <summary>Who may see which calls and recordings (docs/architecture.md section 9): agents their own, supervisors and admins everyone's.</summary>
public sealed class VoipApiAuthorizationTests(VoipApiApp fixture) : IClassFixture<VoipApiApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("POST", "/api/voip/token")]
    [InlineData("GET", "/api/voip/contacts")]
    [InlineData("GET", "/api/voip/calls/history")]
    [InlineData("GET", "/api/voip/calls/1")]
    [InlineData("GET", "/api/voip/recordings")]
    [InlineData("GET", "/api/voip/recordings/1/audio")]
    [InlineData("DELETE", "/api/voip/recordings/1")]
    public async Task Endpoint_Anonymous_Returns401Problem(string method, string path)
    {
        var response = await fixture.Factory.CreateBrowserLikeClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetCall_Agent_SeesOwnCallButAnotherAgentsCallIs404()
    {
        var day = fixture.NewDay();
        var own = await fixture.AddCallAsync(DemoAccounts.Agent1, day);
        var others = await fixture.AddCallAsync(DemoAccounts.Agent2, day);
        var agent1 = await fixture.ClientAsync(DemoAccounts.Agent1);

        Assert.Equal(HttpStatusCode.OK, (await agent1.GetAsync($"/api/voip/calls/{own.Id}", Ct)).StatusCode);
        await ApiAssert.ProblemAsync(await agent1.GetAsync($"/api/voip/calls/{others.Id}", Ct), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(DemoAccounts.Supervisor)]
    [InlineData(DemoAccounts.Admin)]
    public async Task GetCall_SupervisorOrAdmin_SeesEveryAgentsCall(string email)
    {
        var call = await fixture.AddCallAsync(DemoAccounts.Agent2, fixture.NewDay());

        var response = await (await fixture.ClientAsync(email)).GetAsync($"/api/voip/calls/{call.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task History_Agent_ListsOnlyOwnCallsAndMayNotAskForAnotherAgents()
    {
        var day = fixture.NewDay();
        var own = await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(1));
        await fixture.AddCallAsync(DemoAccounts.Agent2, day.AddHours(2));
        var agent1 = await fixture.ClientAsync(DemoAccounts.Agent1);
        var window = $"from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";

        var page = await agent1.GetFromJsonAsync<JsonElement>($"/api/voip/calls/history?{window}", Ct);
        var forOthers = await agent1.GetAsync($"/api/voip/calls/history?{window}&agentId={await fixture.UserIdAsync(DemoAccounts.Agent2)}", Ct);
        var forSelf = await agent1.GetAsync($"/api/voip/calls/history?{window}&agentId={await fixture.UserIdAsync(DemoAccounts.Agent1)}", Ct);

        Assert.Equal([own.Id], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        await ApiAssert.ProblemAsync(forOthers, HttpStatusCode.Forbidden, CallHistoryApi.OthersCallsMessage);
        Assert.Equal(HttpStatusCode.OK, forSelf.StatusCode);
    }

    [Fact]
    public async Task History_Supervisor_ListsEveryoneAndFiltersByAgent()
    {
        var day = fixture.NewDay();
        var first = await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(1));
        var second = await fixture.AddCallAsync(DemoAccounts.Agent2, day.AddHours(2));
        var supervisor = await fixture.ClientAsync(DemoAccounts.Supervisor);
        var window = $"from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";

        var all = await supervisor.GetFromJsonAsync<JsonElement>($"/api/voip/calls/history?{window}", Ct);
        var agent2 = await supervisor.GetFromJsonAsync<JsonElement>($"/api/voip/calls/history?{window}&agentId={await fixture.UserIdAsync(DemoAccounts.Agent2)}", Ct);

        Assert.Equal([second.Id, first.Id], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal([second.Id], agent2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Recordings_Agent_ListsAndHearsOnlyOwn()
    {
        var day = fixture.NewDay();
        var own = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, day));
        var others = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent2, day));
        var agent1 = await fixture.ClientAsync(DemoAccounts.Agent1);

        var list = await agent1.GetFromJsonAsync<JsonElement>($"/api/voip/recordings?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", Ct);
        var othersAudio = await agent1.GetAsync($"/api/voip/recordings/{others.Id}/audio", Ct);

        Assert.Equal([own.Id], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        await ApiAssert.ProblemAsync(othersAudio, HttpStatusCode.NotFound);
        Assert.Empty(fixture.TwilioRequestsFor(others));
    }

    [Theory]
    [InlineData(DemoAccounts.Agent1)]
    [InlineData(DemoAccounts.Supervisor)]
    public async Task DeleteRecording_NotAdmin_Returns403AndKeepsIt(string email)
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()));

        var response = await (await fixture.ClientAsync(email)).DeleteAsync($"/api/voip/recordings/{recording.Id}", Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(fixture.TwilioRequestsFor(recording));
        Assert.True(await fixture.InDbAsync(db => Task.FromResult(db.Recordings.Any(r => r.Id == recording.Id))));
    }
}
