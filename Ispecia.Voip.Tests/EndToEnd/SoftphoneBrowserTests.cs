namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>Agents using the softphone in Chromium against the app in simulator mode.</summary>
public sealed class SoftphoneBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Keypad_DialMuteDtmfHangup_EndsAsCompletedInRecentCalls()
    {
        var page = await OpenSoftphoneAsync(DemoAccounts.Agent1);
        await page.GetByTestId("softphone-tab-keypad").ClickAsync();
        await page.Locator("input[data-testid=keypad-number]").FillAsync("212 555 0147");
        await page.GetByTestId("call-start").ClickAsync();

        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "ringing");
        await BrowserApp.ScreenshotAsync(page, "softphone-ringing");
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await Assertions.Expect(page.GetByTestId("call-timer")).Not.ToHaveTextAsync("00:00", new() { Timeout = 5000 });
        await page.GetByTestId("call-mute").ClickAsync();
        await Assertions.Expect(page.GetByTestId("call-mute")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByTestId("call-dtmf").ClickAsync();
        await page.Locator(".softphone-call .keypad-grid button", new() { HasTextString = "5" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("call-dtmf-sent")).ToContainTextAsync("5");
        await BrowserApp.ScreenshotAsync(page, "softphone-in-call");
        await page.GetByTestId("call-hangup").ClickAsync();

        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "ended");
        await BrowserApp.ScreenshotAsync(page, "softphone-wrap-up");
        Assert.Contains(Simulator.Log.Recent(), e => e.Kind == "dtmf" && e.Message.Contains('5', StringComparison.Ordinal));
        await page.GetByTestId("wrapup-skip").ClickAsync();
        await page.GetByTestId("softphone-tab-recent").ClickAsync();
        var first = page.GetByTestId("recent-call-item").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 10000 });
        await Assertions.Expect(first).ToContainTextAsync("0:0");
        await BrowserApp.ScreenshotAsync(page, "softphone-recent");
    }

    [Fact]
    public async Task Keypad_BusyNumber_EndsAsBusy()
    {
        var page = await OpenSoftphoneAsync(DemoAccounts.Agent1);
        await page.GetByTestId("softphone-tab-keypad").ClickAsync();
        await page.Locator("input[data-testid=keypad-number]").FillAsync("+1 212 555 0001");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "ended", new() { Timeout = 15000 });
        await page.GetByTestId("wrapup-skip").ClickAsync();
        await page.GetByTestId("softphone-tab-recent").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recent-call-item").First).ToHaveAttributeAsync("data-status", "busy", new() { Timeout = 10000 });
    }

    [Fact]
    public async Task ClickToCall_FromContactPage_CallsAndWrapUpNoteAppearsOnTheContact()
    {
        var page = await app.SignInAsync(DemoAccounts.Agent1);
        await page.GotoAsync("/contacts/1");
        await Assertions.Expect(page.GetByTestId("softphone")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 15000 });
        await page.GetByTestId("click-to-call").First.ClickAsync();

        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await page.GetByTestId("call-hangup").ClickAsync();
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "ended");
        await page.Locator("textarea[data-testid=wrapup-notes]").FillAsync("Wants a demo next Tuesday");
        await page.GetByTestId("wrapup-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("record-call-notes").First).ToContainTextAsync("Wants a demo next Tuesday", new() { Timeout = 10000 });
        await BrowserApp.ScreenshotAsync(page, "contact-with-call-notes");
    }

    [Fact]
    public async Task Inbound_AdminPlacesCallToAgent1Did_Agent1AcceptsThenAnotherIsRejectedAndMissed()
    {
        var page = await OpenSoftphoneAsync(DemoAccounts.Agent1);
        await page.GetByTestId("softphone-toggle").ClickAsync(); // closed: the incoming call must open it by itself
        var admin = await app.AdminApiAsync();

        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.Agent1Did }, TestContext.Current.CancellationToken);
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        await Assertions.Expect(page.GetByTestId("call-peer")).ToHaveTextAsync("Olivia Johnson");
        await BrowserApp.ScreenshotAsync(page, "softphone-incoming");
        await page.GetByTestId("incoming-accept").ClickAsync();
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await page.GetByTestId("call-hangup").ClickAsync();
        await page.GetByTestId("wrapup-skip").ClickAsync();

        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+13125550199", to = DemoDataSeeder.Agent1Did }, TestContext.Current.CancellationToken);
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        await page.GetByTestId("incoming-reject").ClickAsync();
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "idle");
        await page.GetByTestId("softphone-tab-recent").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recent-call-item").First).ToHaveAttributeAsync(
            "data-status", new System.Text.RegularExpressions.Regex("missed|voicemail"), new() { Timeout = 15000 });
    }

    [Fact]
    public async Task Extension_Agent1CallsAgent2_Agent2AnswersInAnotherBrowser()
    {
        var agent2 = await OpenSoftphoneAsync(DemoAccounts.Agent2);
        var agent1 = await OpenSoftphoneAsync(DemoAccounts.Agent1);
        await agent1.GetByTestId("softphone-tab-keypad").ClickAsync();
        await agent1.Locator("input[data-testid=keypad-number]").FillAsync("102");
        await agent1.GetByTestId("call-start").ClickAsync();

        await Assertions.Expect(Panel(agent2)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        await agent2.GetByTestId("incoming-accept").ClickAsync();
        await Assertions.Expect(Panel(agent2)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await Assertions.Expect(Panel(agent1)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await BrowserApp.ScreenshotAsync(agent2, "softphone-agent2-answered");
        await agent1.GetByTestId("call-hangup").ClickAsync();
        await Assertions.Expect(Panel(agent2)).ToHaveAttributeAsync("data-state", "ended", new() { Timeout = 15000 });
    }

    private TwilioSimulator Simulator => app.Factory.Services.GetRequiredService<TwilioSimulator>();

    private static ILocator Panel(IPage page) => SoftphoneBrowser.Panel(page);

    private Task<IPage> OpenSoftphoneAsync(string email) => SoftphoneBrowser.OpenAsync(app, email);
}
