using System.Security.Claims;
using Bunit.TestDoubles;
using Ispecia.Voip.Web.Reports;

namespace Ispecia.Voip.Tests.Reports;

/// <summary>The reports page on <see cref="ReportDataSet"/>, the clock at 18:00 on its day.</summary>
public sealed class ReportsPageTests : VoipComponentTestContext
{
    private readonly BunitAuthorizationContext auth;

    public ReportsPageTests()
    {
        Services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(ReportDataSet.Day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero)));
        auth = AddAuthorization();
    }

    [Fact]
    public async Task ReportsPage_Supervisor_ShowsTotalsChartsAndTablesForEveryone()
    {
        await SeedAsSupervisorAsync();

        var cut = Render<ReportsPage>();

        // Seven days: the hand-computed day plus the call of the day before.
        cut.WaitForAssertion(() => Assert.Equal("16 / 3", cut.Find("[data-figure='Calls in / out']").TextContent));
        Assert.Equal("11", cut.Find("[data-figure='Answered']").TextContent);
        Assert.Equal("2 / 2", cut.Find("[data-figure='Missed / abandoned']").TextContent);
        var charts = cut.FindAll("[data-testid=report-chart]");
        Assert.Equal(4, charts.Count);
        Assert.All(charts, chart => Assert.NotNull(chart.QuerySelector("svg")));
        Assert.Contains("Blake Agent", cut.Find("[data-testid=report-table][data-table=agents]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Support", cut.Find("[data-testid=report-table][data-table=teams]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("[data-testid=report-team]"));
        Assert.All(cut.FindAll("[data-testid=report-export]"), link => Assert.StartsWith("/reports/export.csv?", link.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReportsPage_ChoosingToday_ShowsThatDayHourByHour()
    {
        await SeedAsSupervisorAsync();
        var cut = Render<ReportsPage>();
        cut.WaitForAssertion(() => Assert.Equal("16 / 3", cut.Find("[data-figure='Calls in / out']").TextContent));

        cut.Find("[data-testid=report-range] [data-value=today]").Click();

        cut.WaitForAssertion(() => Assert.Equal("15 / 3", cut.Find("[data-figure='Calls in / out']").TextContent));
        Assert.Contains("selected", cut.Find("[data-testid=report-range] [data-value=today]").ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("selected", cut.Find("[data-testid=report-range] [data-value='7d']").ClassName, StringComparison.Ordinal);
        Assert.Equal(24, cut.Find("[data-testid=report-table][data-table=calls]").QuerySelectorAll("tbody tr").Length);
        Assert.Equal("09:00", cut.Find("[data-figure='Busiest hour']").TextContent);
        Assert.Contains("range=today", cut.Find("[data-testid=report-export][data-table=agents]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsPage_Agent_SeesOnlyOwnFiguresWithoutTeamOrAgentChoice()
    {
        auth.SetAuthorized("agent1").SetRoles(Roles.Agent).SetClaims(new Claim(ClaimTypes.NameIdentifier, "u1")).SetPolicies("Staff");
        await ReportDataSet.SeedAsync(Db, TestContext.Current.CancellationToken);
        Render<MudPopoverProvider>();

        var cut = Render<ReportsPage>();

        // u1: five answered and two missed on the day, one answered the day before, two outbound.
        cut.WaitForAssertion(() => Assert.Equal("8 / 2", cut.Find("[data-figure='Calls in / out']").TextContent));
        var agents = cut.Find("[data-testid=report-table][data-table=agents]").TextContent;
        Assert.Contains("Avery Agent", agents, StringComparison.Ordinal);
        Assert.DoesNotContain("Blake Agent", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=report-team]"));
        Assert.Empty(cut.FindAll("[data-testid=report-agent]"));
        Assert.Empty(cut.FindAll("[data-table=teams]"));
    }

    private async Task SeedAsSupervisorAsync()
    {
        auth.SetAuthorized("boss").SetRoles(Roles.Supervisor).SetClaims(new Claim(ClaimTypes.NameIdentifier, "sup")).SetPolicies("Staff", "Supervisor");
        await ReportDataSet.SeedAsync(Db, TestContext.Current.CancellationToken);
        Render<MudPopoverProvider>();
    }
}
