namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>The softphone as an agent sees it in Chromium: signed in, registered, panel open.</summary>
public static class SoftphoneBrowser
{
    public static ILocator Panel(IPage page) => page.GetByTestId("softphone-panel");

    public static async Task<IPage> OpenAsync(BrowserApp app, string email)
    {
        var page = await app.SignInAsync(email);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("softphone")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 15000 });
        await page.GetByTestId("softphone-toggle").ClickAsync();
        await Assertions.Expect(Panel(page)).ToHaveAttributeAsync("data-state", "idle", new() { Timeout = 15000 });
        return page;
    }
}
