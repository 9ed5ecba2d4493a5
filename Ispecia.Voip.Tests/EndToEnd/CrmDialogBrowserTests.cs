using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>
/// An admin adding a contact and a lead in Chromium: Save stores the record, closes the dialog and the grid shows it,
/// also when the blank number row the dialog starts with is left empty (that Save used to do nothing and say nothing).
/// </summary>
public sealed class CrmDialogBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private IDbContextFactory<VoipDbContext> Db => app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();

    [Fact]
    public async Task ContactDialog_AdminSavesNewContactWithANumber_StoresItAndListsIt()
    {
        var page = await app.SignInAsync(DemoAccounts.Admin);
        await BrowserApp.GotoInteractiveAsync(page, "/contacts");
        await page.GetByTestId("contact-add").ClickAsync();

        await page.Locator("input[data-testid=contact-first-name]").FillAsync("Grace");
        await page.Locator("input[data-testid=contact-last-name]").FillAsync("Hopper");
        await page.Locator("input[data-testid=phone-editor-number]").FillAsync("(212) 555-0177");
        await page.GetByTestId("contact-save").ClickAsync();

        await ExpectSavedAsync(page, "contact-dialog", "Contact saved.");
        await page.Locator("input[data-testid=contacts-search-box]").FillAsync("Hopper");
        await Assertions.Expect(page.GetByTestId("contact-link").Filter(new() { HasTextString = "Grace Hopper" })).ToHaveCountAsync(1);
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var saved = await db.Contacts.Include(c => c.PhoneNumbers).SingleAsync(c => c.LastName == "Hopper", TestContext.Current.CancellationToken);
        Assert.Equal("+12125550177", saved.PhoneNumbers.Single().E164);
    }

    [Fact]
    public async Task ContactDialog_AdminSavesNewContactWithoutANumber_StoresIt()
    {
        var page = await app.SignInAsync(DemoAccounts.Admin);
        await BrowserApp.GotoInteractiveAsync(page, "/contacts");
        await page.GetByTestId("contact-add").ClickAsync();

        await page.Locator("input[data-testid=contact-first-name]").FillAsync("Alan");
        await page.Locator("input[data-testid=contact-last-name]").FillAsync("Turing");
        await page.GetByTestId("contact-save").ClickAsync();

        await ExpectSavedAsync(page, "contact-dialog", "Contact saved.");
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var saved = await db.Contacts.Include(c => c.PhoneNumbers).SingleAsync(c => c.LastName == "Turing", TestContext.Current.CancellationToken);
        Assert.Empty(saved.PhoneNumbers);
    }

    [Fact]
    public async Task LeadDialog_AdminSavesNewLeadWithANumber_StoresItAndListsIt()
    {
        var page = await app.SignInAsync(DemoAccounts.Admin);
        await BrowserApp.GotoInteractiveAsync(page, "/leads");
        await page.GetByTestId("lead-add").ClickAsync();

        await page.Locator("input[data-testid=lead-title]").FillAsync("Compiler licences");
        await page.Locator("input[data-testid=lead-contact-person]").FillAsync("Grace Hopper");
        await page.Locator("input[data-testid=phone-editor-number]").FillAsync("(212) 555-0178");
        await page.GetByTestId("lead-save").ClickAsync();

        await ExpectSavedAsync(page, "lead-dialog", "Lead saved.");
        await Assertions.Expect(page.GetByTestId("lead-link").Filter(new() { HasTextString = "Compiler licences" })).ToHaveCountAsync(1);
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var saved = await db.Leads.Include(l => l.PhoneNumbers).SingleAsync(l => l.Title == "Compiler licences", TestContext.Current.CancellationToken);
        Assert.Equal("+12125550178", saved.PhoneNumbers.Single().E164);
    }

    [Fact]
    public async Task LeadDialog_AdminSavesNewLeadWithoutANumber_StoresIt()
    {
        var page = await app.SignInAsync(DemoAccounts.Admin);
        await BrowserApp.GotoInteractiveAsync(page, "/leads");
        await page.GetByTestId("lead-add").ClickAsync();

        await page.Locator("input[data-testid=lead-title]").FillAsync("Difference engine");
        await page.Locator("input[data-testid=lead-contact-person]").FillAsync("Charles Babbage");
        await page.GetByTestId("lead-save").ClickAsync();

        await ExpectSavedAsync(page, "lead-dialog", "Lead saved.");
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var saved = await db.Leads.Include(l => l.PhoneNumbers).SingleAsync(l => l.Title == "Difference engine", TestContext.Current.CancellationToken);
        Assert.Empty(saved.PhoneNumbers);
    }

    private static async Task ExpectSavedAsync(IPage page, string dialogTestId, string snackbar)
    {
        await Assertions.Expect(page.GetByTestId(dialogTestId)).ToHaveCountAsync(0, new() { Timeout = 10000 });
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(snackbar);
    }
}
