using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (loopback, free port) in simulator mode with demo data, and Debian's Chromium driven by
/// Playwright with fake media devices. Screenshots go to the test output folder.
/// </summary>
public sealed class BrowserApp : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
        // The simulator's far end plays its audio through WebAudio, which a page may start only after a gesture.
        "--autoplay-policy=no-user-gesture-required",
    ];

    private readonly IPlaywright playwright;

    private BrowserApp(VoipAppFactory factory, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        Factory = factory;
        this.playwright = playwright;
        Browser = browser;
        BaseUrl = baseUrl;
    }

    public VoipAppFactory Factory { get; }

    public IBrowser Browser { get; }

    public string BaseUrl { get; }

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<BrowserApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
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

        var all = new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator", ["Simulator:TimeScale"] = "0.25" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new VoipAppFactory(settings: all) { Environment = "Development" };
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Args = ChromiumArgs, Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
        return new BrowserApp(factory, playwright, browser, address.TrimEnd('/'));
    }

    /// <summary>A fresh browser context (its own cookies), signed in as <paramref name="email"/>.</summary>
    /// <param name="prepare">Runs on the new context before the first page opens (e.g. to listen to every page).</param>
    public async Task<IPage> SignInAsync(string email, Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
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

    /// <summary>An API client signed in as the demo admin (bearer token), to drive the simulator.</summary>
    public async Task<HttpClient> AdminApiAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Admin, password = Ispecia.Voip.Core.Setup.DemoUsers.Password }, TestContext.Current.CancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
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
        await Factory.DisposeAsync();
    }
}
