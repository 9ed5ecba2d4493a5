using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Tests.Queues;

namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>A caller waiting in a queue, taken by agent2 from the softphone through the real Voice SDK.</summary>
public sealed class QueueBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task QueuedCaller_Agent2ClicksTake_ConnectsThroughTheSdkAndTheCallerIsAnswered()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync();
        var page = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent2);

        var caller = queue.PlaceCall("+13125550166");

        var waiting = page.GetByTestId("queue-waiting");
        await Assertions.Expect(waiting).ToHaveCountAsync(1, new() { Timeout = 15000 });
        await Assertions.Expect(waiting).ToHaveAttributeAsync("data-queue", queue.QueueId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(waiting).ToContainTextAsync("Support");
        await BrowserApp.ScreenshotAsync(page, "queue-waiting");
        await page.GetByTestId("queue-take").ClickAsync();

        await Assertions.Expect(SoftphoneBrowser.Panel(page)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        var entry = await queue.WaitForEntryAsync(caller, e => e.Outcome == QueueOutcome.Answered);
        Assert.Equal(await queue.UserIdAsync("agent2"), entry.AnsweredByUserId);
        await Assertions.Expect(page.GetByTestId("queue-waiting")).ToHaveCountAsync(0);
        await page.GetByTestId("call-hangup").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(page)).ToHaveAttributeAsync("data-state", "ended");
    }
}
