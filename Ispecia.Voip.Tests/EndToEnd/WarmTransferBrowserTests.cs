using System.Diagnostics;

namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>
/// Warm transfer with the real Voice SDK in two Chromium sessions: agent1 takes a call, consults agent2 while the caller
/// holds, and hands it over; agent2's pop-up says who hands over whom, and the call is then theirs.
/// </summary>
public sealed class WarmTransferBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task WarmTransfer_Agent1ConsultsAgent2ThenCompletes_Agent2HasTheCaller()
    {
        var agent1 = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        var agent2 = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent2);
        var admin = await app.AdminApiAsync();
        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+13125550144", to = DemoDataSeeder.Agent1Did }, Ct);
        await Assertions.Expect(SoftphoneBrowser.Panel(agent1)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        await agent1.GetByTestId("incoming-accept").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(agent1)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });

        await agent1.GetByTestId("call-transfer").ClickAsync();
        await agent1.Locator("input[data-testid=transfer-target-search]").FillAsync("Blake");
        var colleague = agent1.GetByTestId("transfer-target").Filter(new() { HasText = "Blake Agent" });
        await Assertions.Expect(colleague).ToHaveAttributeAsync("data-presence", "available", new() { Timeout = 10000 });
        await colleague.ClickAsync();
        var clock = Stopwatch.StartNew();
        await agent1.GetByTestId("transfer-consult").ClickAsync();

        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        Report($"consult clicked -> colleague's softphone rings: {clock.ElapsedMilliseconds} ms (includes moving the call into its conference)");
        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToContainTextAsync("on a handover from Avery Agent");
        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToContainTextAsync("(312) 555-0144");
        await Assertions.Expect(SoftphoneBrowser.Panel(agent1)).ToHaveAttributeAsync("data-state", "consulting", new() { Timeout = 15000 });
        await agent2.GetByTestId("incoming-accept").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });

        await agent1.GetByTestId("transfer-complete").ClickAsync();

        await Assertions.Expect(SoftphoneBrowser.Panel(agent1)).ToHaveAttributeAsync("data-state", "ended", new() { Timeout = 15000 });
        await Assertions.Expect(agent2.GetByTestId("call-participant")).ToHaveCountAsync(2, new() { Timeout = 15000 });
        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToHaveAttributeAsync("data-state", "in-call");
        var call = await app.Factory.WaitForCallAsync(c => c.From == "+13125550144", c => c.Events.Any(e => e.Kind == "transfer"));
        Assert.Contains("(warm)", call.Events.Single(e => e.Kind == "transfer").Detail, StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(agent2, "warm-transfer-agent2-has-the-call");
        await agent2.GetByTestId("call-hangup").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(agent2)).ToHaveAttributeAsync("data-state", "ended", new() { Timeout = 15000 });
    }

    private static void Report(string figure)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(figure);
        Console.WriteLine($"[figure] {figure}");
    }
}
