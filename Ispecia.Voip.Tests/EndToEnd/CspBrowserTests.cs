namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>The softphone journey in Chromium under the app's Content-Security-Policy, with no violation reported.</summary>
public sealed class CspBrowserTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> violations = new();
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task SoftphoneJourney_SignInCallHangUp_ReportsNoCspViolation()
    {
        var page = await app.SignInAsync(DemoAccounts.Agent1, ListenForViolationsAsync);
        var home = await page.GotoAsync("/");
        Assert.Contains("frame-ancestors 'none'", home!.Headers["content-security-policy"], StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("softphone")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 15000 });
        await page.GetByTestId("softphone-toggle").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(page)).ToHaveAttributeAsync("data-state", "idle", new() { Timeout = 15000 });

        await page.GetByTestId("softphone-tab-keypad").ClickAsync();
        await page.Locator("input[data-testid=keypad-number]").FillAsync("212 555 0147");
        await page.GetByTestId("call-start").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(page)).ToHaveAttributeAsync("data-state", "in-call", new() { Timeout = 15000 });
        await page.GetByTestId("call-hangup").ClickAsync();
        await Assertions.Expect(SoftphoneBrowser.Panel(page)).ToHaveAttributeAsync("data-state", "ended", new() { Timeout = 15000 });
        await page.GetByTestId("wrapup-skip").ClickAsync();
        await page.GetByTestId("softphone-tab-recent").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recent-call-item").First).ToBeVisibleAsync(new() { Timeout = 10000 });

        Assert.Empty(violations);
    }

    /// <summary>Every page of the context reports securitypolicyviolation events and CSP console errors to the test.</summary>
    private async Task ListenForViolationsAsync(IBrowserContext context)
    {
        await context.ExposeFunctionAsync<string, bool>("reportCspViolation", report =>
        {
            violations.Enqueue(report);
            return true;
        });
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                window.reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue(message.Text);
            }
        };
    }
}
