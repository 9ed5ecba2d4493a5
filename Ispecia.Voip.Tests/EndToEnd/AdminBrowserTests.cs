namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>Admins configuring telephony in Chromium, with the effect checked on the next simulated call.</summary>
public sealed class AdminBrowserTests : IAsyncLifetime
{
    /// <summary>A number the simulated account owns but no demo route covers: the admin's new DID.</summary>
    private const string NewDid = "+14155550150";

    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() =>
        app = await BrowserApp.StartAsync(new Dictionary<string, string?> { ["Simulator:PhoneNumbers:3"] = NewDid });

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Routes_AdminAddsRouteForNewDidToAgent2_TesterShowsItWinsAndTheNextCallRingsAgent2()
    {
        var agent2 = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent2);
        var admin = await app.SignInAsync(DemoAccounts.Admin);
        await BrowserApp.GotoInteractiveAsync(admin, "/settings/voip/routes");
        await Assertions.Expect(admin.GetByTestId("route-row")).ToHaveCountAsync(3, new() { Timeout = 15000 });

        await admin.GetByTestId("route-add").ClickAsync();
        await admin.Locator("input[data-testid=route-name]").FillAsync("Spring campaign");
        await admin.Locator("input[data-testid=route-did]").FillAsync(NewDid);
        await PickAsync(admin, "route-destination", "Agent");
        await PickAsync(admin, "route-agent", "Blake Agent (agent2)");
        await BrowserApp.ScreenshotAsync(admin, "route-dialog");
        await admin.GetByTestId("route-save").ClickAsync();

        var added = admin.GetByTestId("route-row").Filter(new() { HasTextString = "Spring campaign" });
        await Assertions.Expect(added).ToHaveAttributeAsync("data-priority", "4", new() { Timeout = 10000 });
        await admin.Locator("input[data-testid=route-tester-called]").FillAsync("(415) 555-0150");
        await admin.Locator("input[data-testid=route-tester-caller]").FillAsync("+1 212 555 0100");
        await admin.GetByTestId("route-tester-run").ClickAsync();

        var result = admin.GetByTestId("route-tester-result");
        await Assertions.Expect(admin.GetByTestId("route-tester-winner")).ToContainTextAsync("'Spring campaign' takes a call to +14155550150");
        await Assertions.Expect(result.GetByTestId("route-tester-step").Filter(new() { HasTextString = "Main line" })).ToContainTextAsync("does not match");
        await Assertions.Expect(admin.GetByTestId("route-tester-twiml")).ToContainTextAsync("<Client>");
        await Assertions.Expect(admin.GetByTestId("route-tester-twiml")).ToContainTextAsync("agent2");
        await BrowserApp.ScreenshotAsync(admin, "route-tester");

        await BrowserApp.GotoInteractiveAsync(admin, "/settings/voip/simulator");
        await admin.Locator("input[data-testid=sim-from]").FillAsync("+1 212 555 0100");
        await PickAsync(admin, "sim-to", "(415) 555-0150");
        await admin.GetByTestId("sim-place-call").ClickAsync();

        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        await Assertions.Expect(agent2.GetByTestId("softphone-panel")).ToContainTextAsync("on Spring campaign · (415) 555-0150");
        await BrowserApp.ScreenshotAsync(agent2, "route-new-did-rings-agent2");
        await agent2.GetByTestId("incoming-accept").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await agent2.GetByTestId("call-hangup").ClickAsync();
    }

    [Fact]
    public async Task Accounts_AdminSwitchesAgent2LineOffThenOn_Agent2SoftphoneFollowsWithoutAReload()
    {
        var agent2 = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent2);
        var admin = await app.SignInAsync(DemoAccounts.Admin);
        await BrowserApp.GotoInteractiveAsync(admin, "/settings/voip/accounts");

        await SetLineActiveAsync(admin, "Blake Agent", active: false);
        await Assertions.Expect(agent2.GetByTestId("softphone-inactive")).ToContainTextAsync("Ask an admin", new() { Timeout = 10000 });
        await BrowserApp.ScreenshotAsync(agent2, "softphone-line-switched-off");
        await SetLineActiveAsync(admin, "Blake Agent", active: true);

        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToHaveAttributeAsync("data-state", "idle", new() { Timeout = 15000 });
        await Assertions.Expect(agent2.GetByTestId("softphone")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(agent2.GetByTestId("softphone-inactive")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Recordings_AfterARecordedCall_PlaysSeeksThroughTheAppAndDownloadsValidMp3()
    {
        var agent1 = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        await agent1.GetByTestId("softphone-tab-keypad").ClickAsync();
        await agent1.Locator("input[data-testid=keypad-number]").FillAsync("212 555 0188");
        await agent1.GetByTestId("call-start").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(agent1)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await Assertions.Expect(agent1.GetByTestId("call-timer")).ToHaveTextAsync(new Regex("00:0[3-9]"), new() { Timeout = 10000 });
        await agent1.GetByTestId("call-hangup").ClickAsync();
        var call = await app.Factory.WaitForCallAsync(c => c.To == "+12125550188", c => c.Recordings.Count == 1);
        var recording = call.Recordings.Single();

        var admin = await app.SignInAsync(DemoAccounts.Admin);
        var audioStatuses = new List<int>();
        admin.Response += (_, response) =>
        {
            if (response.Url.Contains($"/api/voip/recordings/{recording.Id}/audio", StringComparison.Ordinal))
            {
                lock (audioStatuses)
                {
                    audioStatuses.Add(response.Status);
                }
            }
        };
        await admin.SetViewportSizeAsync(1366, 768); // a common laptop: the player and downloads must fit
        await BrowserApp.GotoInteractiveAsync(admin, "/settings/voip/recordings");
        var row = admin.Locator($"[data-testid=recording-row][data-recording-id='{recording.Id}']");
        var audio = row.GetByTestId("recording-play");
        await Assertions.Expect(audio).ToBeVisibleAsync(new() { Timeout = 15000 });
        var grid = (await admin.Locator(".mud-table-container").First.BoundingBoxAsync())!;
        foreach (var part in new[] { audio, row.GetByTestId("recording-download").Locator("button") })
        {
            var box = (await part.BoundingBoxAsync())!;
            Assert.True(box.X + box.Width <= Math.Min(grid.X + grid.Width, 1366) + 0.5,
                $"At 1366 px the recordings grid clips {await part.GetAttributeAsync("data-testid")}: it ends at {box.X + box.Width:0} px, the grid at {grid.X + grid.Width:0} px.");
        }

        var duration = await audio.EvaluateAsync<double>(PlayAndReadDuration);
        var position = await audio.EvaluateAsync<double>(SeekToTheMiddle);
        await BrowserApp.ScreenshotAsync(admin, "recordings-playing");

        Assert.InRange(duration, recording.DurationSeconds - 1.5, recording.DurationSeconds + 1.5);
        Assert.InRange(position, duration / 2 - 0.5, duration);
        lock (audioStatuses)
        {
            Assert.Contains(206, audioStatuses);
        }

        await row.GetByTestId("recording-download").Locator("button").ClickAsync();
        var download = await admin.RunAndWaitForDownloadAsync(() =>
            admin.Locator(".mud-popover-open .mud-menu-item", new() { HasTextString = "MP3" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);

        Assert.EndsWith(".mp3", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.True(AudioCheck.AssertMp3(bytes) > 10, "The download holds too few MPEG frames to be the call's audio.");
        if (AudioCheck.SoxDuration(bytes, "mp3") is { } seconds)
        {
            Assert.InRange(seconds, duration - 1, duration + 1);
        }
    }

    /// <summary>Starts playback (muted, as a headless browser has no speaker) and resolves with the duration the element reports.</summary>
    private const string PlayAndReadDuration = """
        async audio => {
            audio.muted = true;
            await audio.play();
            if (!(audio.duration > 0 && isFinite(audio.duration))) {
                await new Promise(resolve => audio.addEventListener('durationchange', resolve, { once: true }));
            }
            return audio.duration;
        }
        """;

    /// <summary>Seeks to the middle (the browser asks the app for a byte range) and resolves with the new position.</summary>
    private const string SeekToTheMiddle = """
        async audio => {
            const seeked = new Promise(resolve => audio.addEventListener('seeked', resolve, { once: true }));
            audio.currentTime = audio.duration / 2;
            await seeked;
            return audio.currentTime;
        }
        """;

    /// <summary>Settings -> VoIP -> Accounts: the phone icon on the user's row, the "Line active" switch, Save.</summary>
    private static async Task SetLineActiveAsync(IPage admin, string user, bool active)
    {
        await admin.Locator("tr", new() { HasTextString = user }).GetByTestId("account-line").ClickAsync();
        await admin.GetByLabel("Line active").SetCheckedAsync(active);
        await admin.GetByTestId("voip-save").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("voip-account-dialog")).ToHaveCountAsync(0);
    }

    /// <summary>Opens a MudSelect by its data-testid and clicks the option with this text.</summary>
    private static async Task PickAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = option }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
