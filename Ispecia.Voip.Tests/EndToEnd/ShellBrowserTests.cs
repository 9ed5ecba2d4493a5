namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>The app in a real browser: signing in, the shell, the softphone's keypad.</summary>
public sealed class ShellBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Agent_OpensSoftphoneAndTypesANumber_SeesItFormatted()
    {
        var page = await app.SignInAsync(DemoAccounts.Agent1);
        await page.GotoAsync("/contacts");
        await Assertions.Expect(page.GetByTestId("simulator-banner")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("softphone")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 15000 });

        await page.GetByTestId("softphone-toggle").ClickAsync();
        foreach (var digit in "4155550147")
        {
            await page.GetByTestId($"keypad-key-{digit}").ClickAsync();
        }

        await Assertions.Expect(page.Locator("input[data-testid=keypad-number]")).ToHaveValueAsync("(415) 555-0147");
        await BrowserApp.ScreenshotAsync(page, "softphone-keypad");
    }

    [Fact]
    public async Task Agent_OpensAdminPage_Gets403Page()
    {
        var page = await app.SignInAsync(DemoAccounts.Agent1);

        var response = await page.GotoAsync("/settings/voip/setup");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByText("Not allowed")).ToBeVisibleAsync();
    }
}
