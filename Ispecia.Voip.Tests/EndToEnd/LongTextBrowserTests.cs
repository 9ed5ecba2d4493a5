namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>
/// Text far longer than any field allows, pasted into a dialog: it reaches the server and is refused with a message,
/// instead of breaking the circuit (SignalR's 32 KB default) and silently losing what was typed.
/// </summary>
public sealed class LongTextBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ContactDialog_40000CharacterName_RefusedWithAMessageAndTheCircuitStaysUp()
    {
        var page = await app.SignInAsync(DemoAccounts.Admin);
        await BrowserApp.GotoInteractiveAsync(page, "/contacts");
        await page.GetByTestId("contact-add").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        var firstName = page.Locator("input[data-testid=contact-first-name]");

        var company = page.Locator(".mud-dialog input").Nth(2);
        await company.FillAsync("Analytical Engines");
        await company.PressAsync("Tab");
        await firstName.FillAsync(new string('a', 40_000));
        await firstName.PressAsync("Tab");

        await Assertions.Expect(dialog).ToContainTextAsync("characters or fewer", new() { Timeout = 10000 });
        await firstName.FillAsync("Ada");
        await firstName.PressAsync("Tab");
        await Assertions.Expect(dialog).Not.ToContainTextAsync("characters or fewer", new() { Timeout = 10000 });
        // Still the same live circuit: the dialog keeps what was typed around the refused text.
        await Assertions.Expect(firstName).ToHaveValueAsync("Ada");
        await Assertions.Expect(company).ToHaveValueAsync("Analytical Engines");
        await Assertions.Expect(page.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0);
    }
}
