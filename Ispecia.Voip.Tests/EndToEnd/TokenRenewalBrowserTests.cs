namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>
/// Access tokens of 60 s: the SDK's tokenWillExpire fires 10 s before the end (from the ttl the simulator's "connected"
/// frame gives), the softphone fetches a new token, and the device still takes calls after the first token expired.
/// </summary>
public sealed class TokenRenewalBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() =>
        app = await BrowserApp.StartAsync(new Dictionary<string, string?> { ["Twilio:TokenTtlSeconds"] = "60" });

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Token_60SecondTtl_RenewedThroughTokenWillExpireAndTheDeviceStillTakesCalls()
    {
        var simulator = app.Factory.Services.GetRequiredService<TwilioSimulator>();
        var page = await SoftphoneBrowser.OpenAsync(app, DemoAccounts.Agent1);
        var registeredAt = DateTime.UtcNow;
        int Accepted() => simulator.Log.Recent(500).Count(e => e.Kind == "device" && e.Message.StartsWith("agent1's access token accepted", StringComparison.Ordinal));
        var first = Accepted();

        await RealSdkBrowserTests.WaitUntilAsync(() => Accepted() > first, "no renewed token reached the simulator within 60 s", seconds: 60);
        var renewedAfter = DateTime.UtcNow - registeredAt;
        Console.WriteLine($"[figure] token renewed {renewedAfter.TotalSeconds:0.0} s after registering (ttl 60 s, the SDK warns 10 s early)");
        Assert.InRange(renewedAfter.TotalSeconds, 40, 60);

        // Past the first token's expiry: the call rings on the renewed registration.
        var wait = registeredAt.AddSeconds(62) - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, TestContext.Current.CancellationToken);
        }

        var admin = await app.AdminApiAsync();
        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.Agent1Did }, TestContext.Current.CancellationToken);
        await Assertions.Expect(SoftphoneBrowser.Panel(page)).ToHaveAttributeAsync("data-state", "incoming", new() { Timeout = 15000 });
        Assert.Equal("Incoming", await page.GetByTestId("softphone-status").TextContentAsync());
        await page.GetByTestId("incoming-reject").ClickAsync();
    }
}
