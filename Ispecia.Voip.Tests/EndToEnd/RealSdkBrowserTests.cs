using System.Diagnostics;
using System.Globalization;

namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>
/// The official Voice SDK in Chromium against the simulator's signalling, with real WebRTC audio on every leg: what an
/// agent notices (the call connects, they hear the far end, the far end hears them), and what the SDK does on its own
/// (renewing its token, reconnecting, one tab ringing).
/// </summary>
public sealed class RealSdkBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TwilioSimulator Simulator => app.Factory.Services.GetRequiredService<TwilioSimulator>();

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Outbound_Answered_AgentHearsTheFarEndAndTheFarEndHearsTheAgentUntilMuted()
    {
        var page = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        await page.GetByTestId("softphone-tab-keypad").ClickAsync();
        await page.Locator("input[data-testid=keypad-number]").FillAsync("212 555 0163");

        var clock = Stopwatch.StartNew();
        await page.GetByTestId("call-start").ClickAsync();
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        Report($"call button -> SDK accept (in call): {clock.ElapsedMilliseconds} ms (about 0.5 s of it is the simulated far end ringing, at time scale 0.25)");

        await WaitForLevelAsync(page, "call-speaker-level", level => level > 0.01, "the far end's voice never reached the speaker meter");
        var heard = await WaitForLogAsync(e => e.Message.StartsWith("far end hears the agent: -", StringComparison.Ordinal));
        Report(heard.Message);
        await BrowserApp.ScreenshotAsync(page, "real-sdk-in-call-levels");

        var beforeMute = DateTimeOffset.UtcNow;
        await page.GetByTestId("call-mute").ClickAsync();
        await WaitForLevelAsync(page, "call-mic-level", level => level == 0, "the microphone meter did not drop to zero when muted");
        await WaitForLogAsync(e => e.At > beforeMute && e.Message == "far end hears the agent: silence");
        await page.GetByTestId("call-hangup").ClickAsync();
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "ended");
    }

    [Theory]
    [InlineData("+1 212 555 0002", "no-answer")]
    [InlineData("+1 212 555 0003", "failed")]
    public async Task Outbound_ScriptedNumber_EndsAsSuchInRecent(string number, string result)
    {
        var page = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        await page.GetByTestId("softphone-tab-keypad").ClickAsync();
        await page.Locator("input[data-testid=keypad-number]").FillAsync(number);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "ended", new() { Timeout = 20000 });
        await page.GetByTestId("wrapup-skip").ClickAsync();
        await page.GetByTestId("softphone-tab-recent").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recent-call-item").First).ToHaveAttributeAsync("data-status", result, new() { Timeout = 10000 });
    }

    [Fact]
    public async Task Inbound_NotAnswered_RingsThenGoesToVoicemailAndShowsInRecent()
    {
        var page = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        var admin = await app.AdminApiAsync();

        var clock = Stopwatch.StartNew();
        var placed = await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+13125550177", to = DemoDataSeeder.Agent1Did }, Ct);
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        Report($"simulated inbound call placed -> voice webhook -> SDK incoming shown: {clock.ElapsedMilliseconds} ms");
        var sid = (await placed.Content.ReadFromJsonAsync<Dictionary<string, string>>(Ct))!["callSid"];

        var call = await app.Factory.WaitForCallAsync(c => c.CallSid == sid, c => c.IsMissed && c.HasVoicemail && c.EndedAt != null, TimeSpan.FromSeconds(40));
        Assert.True(call.Recordings.Single().IsVoicemail);
        await Assertions.Expect(Panel(page)).Not.ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 10000 });
        await page.GetByTestId("softphone-tab-recent").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recent-call-item").First).ToHaveAttributeAsync(
            "data-status", new System.Text.RegularExpressions.Regex("missed|voicemail"), new() { Timeout = 10000 });
    }

    [Fact]
    public async Task Signalling_DroppedByTheServer_SdkReconnectsAndTakesTheNextCall()
    {
        var page = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        var admin = await app.AdminApiAsync();
        var before = TokensAccepted("agent1");

        var dropped = await admin.PostAsync("/api/voip/simulator/devices/agent1/drop", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, dropped.StatusCode);

        // The SDK's own transport notices the dead socket, opens a new one, listens with its token and registers again.
        await WaitUntilAsync(() => TokensAccepted("agent1") > before, "the SDK never reconnected after the drop");
        await WaitUntilAsync(() => app.Factory.Services.GetRequiredService<Ispecia.Voip.Core.Simulator.Signaling.SignalingGateway>().IsRegistered("agent1"),
            "the SDK reconnected but did not register again");
        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.Agent1Did }, Ct);
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        await page.GetByTestId("incoming-accept").ClickAsync();
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await page.GetByTestId("call-hangup").ClickAsync();
    }

    [Fact]
    public async Task TwoTabs_SameAgent_OnlyTheActiveTabRings()
    {
        var first = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        var second = await first.Context.NewPageAsync();
        await BrowserApp.GotoInteractiveAsync(second, "/");
        await second.GetByTestId("softphone-toggle").ClickAsync();
        await Assertions.Expect(second.GetByTestId("softphone-other-tab")).ToBeVisibleAsync(new() { Timeout = 15000 });

        var admin = await app.AdminApiAsync();
        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.Agent1Did }, Ct);

        await Assertions.Expect(Panel(first)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        Assert.NotEqual("incoming", await Panel(second).GetAttributeAsync("data-state"));
        Assert.Single(Simulator.Log.Recent(), e => e.Kind == "device" && e.Message == "agent1 registered");
        await first.GetByTestId("incoming-reject").ClickAsync();
    }

    [Fact]
    public async Task UnsupportedBrowser_NoWebRtc_SoftphoneSaysSoInsteadOfABrokenPanel()
    {
        var page = await app.SignInAsync(DemoAccounts.Agent1, context =>
            context.AddInitScriptAsync("delete window.RTCPeerConnection; delete window.webkitRTCPeerConnection;"));
        await BrowserApp.GotoInteractiveAsync(page, "/");
        await page.GetByTestId("softphone-toggle").ClickAsync();

        await Assertions.Expect(page.GetByTestId("softphone-error")).ToContainTextAsync("This browser cannot make calls", new() { Timeout = 15000 });
        await Assertions.Expect(page.GetByTestId("call-start")).Not.ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "softphone-unsupported-browser");
    }

    [Fact]
    public async Task FirstPage_BeforeTheCircuitIsLive_PhoneButtonIsVisiblyStartingAndTheBannerIsOnTheSignInPage()
    {
        var page = await app.SignInAsync(DemoAccounts.Agent1, async context =>
        {
            var signIn = await context.NewPageAsync();
            await signIn.GotoAsync("/Account/Login");
            await Assertions.Expect(signIn.GetByTestId("simulator-banner")).ToContainTextAsync("no real calls are placed");
            await signIn.CloseAsync();
        });
        // Without blazor.web.js the page stays as prerendered: what a user sees in the first second.
        await page.RouteAsync("**/_framework/blazor.web*.js", route => route.AbortAsync());
        await page.GotoAsync("/");

        var toggle = page.GetByTestId("softphone-toggle");
        await Assertions.Expect(toggle).ToBeDisabledAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-label", "Softphone starting");
        await BrowserApp.ScreenshotAsync(page, "softphone-starting");

        await page.UnrouteAllAsync();
        await BrowserApp.GotoInteractiveAsync(page, "/");
        await Assertions.Expect(toggle).ToBeEnabledAsync(new() { Timeout = 15000 });
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-label", "Open softphone");
    }

    private static ILocator Panel(IPage page) => SoftphoneBrowser.Panel(page);

    private int TokensAccepted(string identity) =>
        Simulator.Log.Recent(500).Count(e => e.Kind == "device" && e.Message.StartsWith($"{identity}'s access token accepted", StringComparison.Ordinal));

    private static async Task WaitForLevelAsync(IPage page, string testId, Func<double, bool> wanted, string failure)
    {
        var meter = page.GetByTestId(testId);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await meter.GetAttributeAsync("data-level");
            if (last is not null && wanted(double.Parse(last, CultureInfo.InvariantCulture)))
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"{failure} (last data-level {last}).");
    }

    private async Task<SimulatorLogEntry> WaitForLogAsync(Func<SimulatorLogEntry, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (Simulator.Log.Recent(500).FirstOrDefault(match) is { } entry)
            {
                return entry;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"No such simulator log entry; the last ones: {string.Join(" | ", Simulator.Log.Recent(15).Select(e => e.Message))}");
        return null!;
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, string failure, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail(failure);
            }

            await Task.Delay(100, Ct);
        }
    }

    // Figures, not assertions: they show in the test output of a run.
    private static void Report(string figure)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(figure);
        Console.WriteLine($"[figure] {figure}");
    }
}
