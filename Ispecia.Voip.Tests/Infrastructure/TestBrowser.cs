namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright with fake media devices, for any app address (one test server, or the
/// cluster behind nginx). Screenshots go to the test output folder.
/// </summary>
public sealed class TestBrowser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
        // The simulator's far end plays its audio through WebAudio, which a page may start only after a gesture.
        "--autoplay-policy=no-user-gesture-required",
    ];

    private readonly IPlaywright playwright;

    private TestBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Launches Chromium, or skips the test (fails it with CI=true) when it is not installed.</summary>
    public static async Task<TestBrowser> LaunchAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("VOIP_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            if (TestEnvironment.IsCi)
            {
                Assert.Fail($"CI=true but Chromium is not at {chromium}: .ci/run must install it.");
            }

            Assert.Skip($"Install Chromium (apt-get install -y chromium) or set VOIP_TEST_CHROMIUM to run browser tests.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Args = ChromiumArgs, Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
        return new TestBrowser(playwright, browser);
    }

    /// <summary>A fresh browser context (its own cookies) on <paramref name="baseUrl"/>, signed in as <paramref name="email"/>.</summary>
    /// <param name="prepare">Runs on the new context before the first page opens (e.g. to listen to every page).</param>
    public async Task<IPage> SignInAsync(string baseUrl, string email, Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1360, Height = 860 },
            Permissions = ["microphone", "notifications"],
        });
        if (prepare is not null)
        {
            await prepare(context);
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("[data-testid=login-email]", email);
        await page.FillAsync("[data-testid=login-password]", Ispecia.Voip.Core.Setup.DemoUsers.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    /// <summary>Opens <paramref name="path"/> and waits until its Blazor circuit handles clicks (prerendered pages ignore them).</summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("[data-interactive]")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 15000 });
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png") });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
