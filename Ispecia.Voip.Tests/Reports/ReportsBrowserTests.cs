namespace Ispecia.Voip.Tests.Reports;

/// <summary>The reports page in a real browser on the demo data: every chart draws an SVG, and a table downloads as CSV.</summary>
public sealed class ReportsBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ReportsPage_Supervisor_DrawsEveryChartAndDownloadsATable()
    {
        var page = await app.SignInAsync(DemoAccounts.Supervisor);
        await BrowserApp.GotoInteractiveAsync(page, "/reports");

        var charts = page.GetByTestId("report-chart");
        await Assertions.Expect(charts).ToHaveCountAsync(4);
        for (var i = 0; i < 4; i++)
        {
            await Assertions.Expect(charts.Nth(i).Locator("svg").First).ToBeVisibleAsync();
        }

        await page.GetByTestId("report-range").GetByText("30 days").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-table").First.Locator("tbody tr")).ToHaveCountAsync(30);
        await BrowserApp.ScreenshotAsync(page, "reports-30-days");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=report-export][data-table=agents]").ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.StartsWith("Name,Calls,Inbound,Outbound,Answered,Missed,Abandoned", csv, StringComparison.Ordinal);
        Assert.Contains("Agent", csv, StringComparison.Ordinal);
        Assert.Matches(@"^report-agents-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
    }
}
