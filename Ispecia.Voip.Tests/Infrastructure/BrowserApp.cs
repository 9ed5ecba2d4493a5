using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (loopback, free port) in simulator mode with demo data, and a <see cref="TestBrowser"/>.
/// </summary>
public sealed class BrowserApp : IAsyncDisposable
{
    private readonly TestBrowser browser;

    private BrowserApp(VoipAppFactory factory, TestBrowser browser, string baseUrl)
    {
        Factory = factory;
        this.browser = browser;
        BaseUrl = baseUrl;
    }

    public VoipAppFactory Factory { get; }

    public IBrowser Browser => browser.Browser;

    public string BaseUrl { get; }

    public static string ScreenshotFolder => TestBrowser.ScreenshotFolder;

    public static async Task<BrowserApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var testBrowser = await TestBrowser.LaunchAsync();
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
        return new BrowserApp(factory, testBrowser, address.TrimEnd('/'));
    }

    /// <summary>A fresh browser context (its own cookies), signed in as <paramref name="email"/>.</summary>
    /// <param name="prepare">Runs on the new context before the first page opens (e.g. to listen to every page).</param>
    public Task<IPage> SignInAsync(string email, Func<IBrowserContext, Task>? prepare = null) => browser.SignInAsync(BaseUrl, email, prepare);

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
    public static Task GotoInteractiveAsync(IPage page, string path) => TestBrowser.GotoInteractiveAsync(page, path);

    public static Task ScreenshotAsync(IPage page, string name) => TestBrowser.ScreenshotAsync(page, name);

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
