namespace Ispecia.Voip.Tests.Reports;

/// <summary>/api/voip/reports, /reports/export.csv and /reports: supervisors see everyone, agents only themselves.</summary>
public sealed class ReportsAuthorizationTests(VoipApiApp fixture) : IClassFixture<VoipApiApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportsApi_AgentAsksForAnotherAgentOrATeam_IsRefused()
    {
        var other = await fixture.UserIdAsync(DemoAccounts.Agent2);
        var agent = await fixture.ClientAsync(DemoAccounts.Agent1);
        var cookies = await fixture.Factory.CreateCookieClientForAsync(DemoAccounts.Agent1);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/voip/reports?agentId={other}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/voip/reports?teamId=1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await cookies.GetAsync($"/reports/export.csv?table=agents&agentId={other}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ReportsApi_Agent_GetsOwnFiguresOnly_SupervisorEveryones()
    {
        var day = fixture.NewDay();
        await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(9));
        await fixture.AddCallAsync(DemoAccounts.Agent2, day.AddHours(10));
        await fixture.AddCallAsync(DemoAccounts.Agent2, day.AddHours(11));
        var query = $"/api/voip/reports?range=custom&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";

        var own = await (await fixture.ClientAsync(DemoAccounts.Agent1)).GetFromJsonAsync<JsonElement>(query, Ct);
        var all = await (await fixture.ClientAsync(DemoAccounts.Supervisor)).GetFromJsonAsync<JsonElement>(query, Ct);

        Assert.Equal(1, own.GetProperty("total").GetProperty("calls").GetInt64());
        Assert.Equal([await fixture.UserIdAsync(DemoAccounts.Agent1)], own.GetProperty("agents").EnumerateArray().Select(a => a.GetProperty("key").GetString()));
        Assert.Empty(own.GetProperty("teams").EnumerateArray());
        Assert.Equal(3, all.GetProperty("total").GetProperty("calls").GetInt64());
        Assert.Equal(2, all.GetProperty("agents").GetArrayLength());
    }

    [Fact]
    public async Task ReportsExport_AgentWithoutFilter_GetsOwnRowOnly()
    {
        var day = fixture.NewDay();
        await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(9));
        await fixture.AddCallAsync(DemoAccounts.Agent2, day.AddHours(10));
        var agent = await fixture.Factory.CreateCookieClientForAsync(DemoAccounts.Agent1);

        var response = await agent.GetAsync($"/reports/export.csv?table=agents&range=custom&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Avery Agent,1,", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/voip/reports?range=yesterday")]
    [InlineData("/api/voip/reports?range=custom&from=2026-11-24")]
    [InlineData("/api/voip/reports?range=custom&from=2026-11-24&to=2026-11-01")]
    [InlineData("/api/voip/reports?range=custom&from=2024-01-01&to=2026-01-01")]
    [InlineData("/api/voip/reports?teamId=abc")]
    public async Task ReportsApi_BadQuery_Answers400WithAMessage(string url)
    {
        var response = await (await fixture.ClientAsync(DemoAccounts.Supervisor)).GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("errors", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsPage_Agent_FirstHtmlNamesNoOtherAgent()
    {
        var now = DateTime.UtcNow;
        await fixture.AddCallAsync(DemoAccounts.Agent1, now.AddMinutes(-30));
        await fixture.AddCallAsync(DemoAccounts.Agent2, now.AddMinutes(-20));
        var agent = await fixture.Factory.CreateCookieClientForAsync(DemoAccounts.Agent1);
        var supervisor = await fixture.Factory.CreateCookieClientForAsync(DemoAccounts.Supervisor);

        var agentHtml = await agent.GetStringAsync("/reports", Ct);
        var supervisorHtml = await supervisor.GetStringAsync("/reports", Ct);

        Assert.Contains("Avery Agent", agentHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Blake Agent", agentHtml, StringComparison.Ordinal);
        Assert.Contains("Blake Agent", supervisorHtml, StringComparison.Ordinal);
    }
}
