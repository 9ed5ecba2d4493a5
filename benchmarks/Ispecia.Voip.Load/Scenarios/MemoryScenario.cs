using Microsoft.Playwright;

namespace Ispecia.Voip.Load.Scenarios;

/// <summary>
/// Server memory per signed-in agent page: Chromium (Debian's, through Playwright) opens N pages, each its own browser
/// context signed in as agent1 on the home page with its circuit interactive (the softphone opens its hub connection
/// and its device). Resident anonymous memory of the server process after induced full GCs, before and after.
/// Twilio mode (the device's signalling goes to Twilio, not to this server) and simulator mode (the in-app Twilio
/// stand-in also holds each registered device).
/// </summary>
public sealed class MemoryScenario(Workspace workspace, LoadOptions options, ResultTable table)
{
    private const double TargetMb = 1;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required",
    ];

    public async Task RunAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("VOIP_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is not at {chromium} (apt-get install -y chromium, or set VOIP_TEST_CHROMIUM).");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Args = ChromiumArgs, Headless = true });
        await MeasureAsync(browser, "Twilio");
        await MeasureAsync(browser, "Simulator");
    }

    private async Task MeasureAsync(IBrowser browser, string mode)
    {
        await using var app = await VoipApp.StartAsync(workspace, workspace.NewDatabasePath("memory-" + mode), "memory-" + mode, mode);
        // One page first, closed again: the first page's one-off costs (compiled views, caches) are not per page.
        var warm = await OpenAsync(browser, app.BaseUrl);
        await warm.Context.CloseAsync();
        var before = await GarbageCollection.SettledAnonymousMemoryAsync(app);

        var pages = new List<IPage>();
        var consoleErrors = 0;
        for (var i = 0; i < options.Pages; i++)
        {
            var page = await OpenAsync(browser, app.BaseUrl);
            page.Console += (_, m) => { if (m.Type == "error") { Interlocked.Increment(ref consoleErrors); } };
            pages.Add(page);
        }

        // Let each softphone finish starting (token, hub, device) before measuring.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var after = await GarbageCollection.SettledAnonymousMemoryAsync(app);
        var perPage = (after - before) / (double)options.Pages / 1048576.0;
        Console.WriteLine(ResultTable.F($"  {mode}: before {before / 1048576.0:F1} MB, after {options.Pages} pages {after / 1048576.0:F1} MB, {perPage:F2} MB per page; {consoleErrors} console errors after load"));
        table.Add(new ResultRow(
            ResultTable.F($"server memory per signed-in agent page ({mode} mode; {options.Pages} pages)"),
            ResultTable.F($"{perPage:F2} MB"),
            ResultTable.F($"server with 1 page opened and closed: {before / 1048576.0:F0} MB RssAnon"),
            "-",
            ResultTable.F($"<= {TargetMb:F0} MB"),
            perPage <= TargetMb));
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1360, Height = 860 },
            Permissions = ["microphone", "notifications"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("[data-testid=login-email]", VoipApp.Agent1);
        await page.FillAsync("[data-testid=login-password]", VoipApp.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        // Sign-in lands on the home page with a full load. Loading it a second time would start a second circuit per
        // page and drop the first one while it may still be connecting; such a circuit is kept as disconnected for
        // CircuitOptions.DisconnectedCircuitRetentionPeriod (3 minutes), so it was counted as part of a page.
        if (new Uri(page.Url).AbsolutePath != "/")
        {
            await page.GotoAsync("/");
        }

        await Assertions.Expect(page.Locator("[data-interactive]")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 30000 });
        return page;
    }
}
