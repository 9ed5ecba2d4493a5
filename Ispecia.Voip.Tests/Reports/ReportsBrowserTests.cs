namespace Ispecia.Voip.Tests.Reports;

/// <summary>
/// The reports page and the agent home in a real browser on the demo data: every chart draws an SVG, a table downloads
/// as CSV, and a missed call is called back through the softphone and marked done.
/// </summary>
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

    [Fact]
    public async Task AgentHome_MissedCall_CallsBackThroughTheSoftphoneAndStaysDone()
    {
        // The demo's missed inbound calls rang agent2's line.
        var page = await app.SignInAsync(DemoAccounts.Agent2);
        await BrowserApp.GotoInteractiveAsync(page, "/");
        await Assertions.Expect(page.GetByTestId("softphone")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 15000 });
        var missed = page.GetByTestId("my-missed");
        await Assertions.Expect(missed).ToHaveCountAsync(2);
        await BrowserApp.ScreenshotAsync(page, "agent-home");

        await missed.First.GetByTestId("my-missed-callback").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(page)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await page.GetByTestId("call-hangup").ClickAsync();
        await page.GetByTestId("wrapup-skip").ClickAsync();
        await page.GetByTestId("softphone-toggle").ClickAsync(); // the open panel covers the list
        await missed.First.GetByTestId("my-missed-done").ClickAsync();
        await Assertions.Expect(missed).ToHaveCountAsync(1);

        await BrowserApp.GotoInteractiveAsync(page, "/");
        await Assertions.Expect(page.GetByTestId("my-missed")).ToHaveCountAsync(1);
    }
}
