using System.Security.Claims;
using Bunit.TestDoubles;
using Ispecia.Voip.Core.Reports;
using Ispecia.Voip.Web.Home;

namespace Ispecia.Voip.Tests.Reports;

/// <summary>The agent home on <see cref="ReportDataSet"/>, the clock at 18:00 on its day.</summary>
public sealed class AgentHomeTests : VoipComponentTestContext
{
    private readonly BunitAuthorizationContext auth;

    public AgentHomeTests()
    {
        Services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(ReportDataSet.Day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero)));
        auth = AddAuthorization();
    }

    private AgentHomeService Home => Services.GetRequiredService<AgentHomeService>();

    [Fact]
    public async Task TodayAsync_Agent_CountsOwnDayAndListsOwnAndTeamMissedCalls()
    {
        await ReportDataSet.SeedAsync(Db, TestContext.Current.CancellationToken);

        var avery = await Home.TodayAsync("u1", TestContext.Current.CancellationToken);
        var blake = await Home.TodayAsync("u2", TestContext.Current.CancellationToken);

        Assert.Equal((9L, 5L, 2L, 121.7), (avery.CallsToday, avery.AnsweredToday, avery.MissedToday, avery.AverageHandleSeconds!.Value));
        // Two missed on u1's line and the Support team's call nobody answered, newest first.
        Assert.Equal(3, avery.ToCallBack.Count);
        Assert.True(avery.ToCallBack.Zip(avery.ToCallBack.Skip(1)).All(p => p.First.StartedAt >= p.Second.StartedAt));
        Assert.Single(blake.ToCallBack);
    }

    [Fact]
    public async Task MarkCalledBackAsync_OwnMissedCall_StaysDone_OthersCallRefused()
    {
        await ReportDataSet.SeedAsync(Db, TestContext.Current.CancellationToken);
        var averys = (await Home.TodayAsync("u1", TestContext.Current.CancellationToken)).ToCallBack;
        var blakes = (await Home.TodayAsync("u2", TestContext.Current.CancellationToken)).ToCallBack;

        Assert.True(await Home.MarkCalledBackAsync("u1", averys[0].CallId, TestContext.Current.CancellationToken));
        Assert.False(await Home.MarkCalledBackAsync("u1", averys[0].CallId, TestContext.Current.CancellationToken));
        Assert.False(await Home.MarkCalledBackAsync("u1", blakes[0].CallId, TestContext.Current.CancellationToken));

        Assert.Equal(averys.Skip(1).Select(m => m.CallId), (await Home.TodayAsync("u1", TestContext.Current.CancellationToken)).ToCallBack.Select(m => m.CallId));
        Assert.Single((await Home.TodayAsync("u2", TestContext.Current.CancellationToken)).ToCallBack);
    }

    [Fact]
    public async Task AgentHome_CallBackAndDone_DialsThroughTheSoftphoneAndRemovesTheCall()
    {
        auth.SetAuthorized("agent1").SetRoles(Roles.Agent).SetClaims(new Claim(ClaimTypes.NameIdentifier, "u1")).SetPolicies("Staff");
        await ReportDataSet.SeedAsync(Db, TestContext.Current.CancellationToken);
        DialRequest? dialled = null;
        Services.GetRequiredService<SoftphoneController>().DialRequested += request =>
        {
            dialled = request;
            return Task.CompletedTask;
        };
        Render<MudPopoverProvider>();

        var cut = Render<AgentHome>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=my-missed]").Count));
        Assert.Equal("9", cut.Find("[data-testid=my-calls-today]").TextContent);
        Assert.Equal("2 m 02 s", cut.Find("[data-testid=my-handle-time]").TextContent);
        cut.FindAll("[data-testid=my-missed-callback]")[0].Click();
        Assert.Equal("+13105550124", dialled?.Number);

        cut.FindAll("[data-testid=my-missed-done]")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=my-missed]").Count));
        var again = Render<AgentHome>();
        again.WaitForAssertion(() => Assert.Equal(2, again.FindAll("[data-testid=my-missed]").Count));
    }
}
