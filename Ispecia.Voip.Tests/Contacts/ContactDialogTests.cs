using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Web.Contacts;

namespace Ispecia.Voip.Tests.Contacts;

public sealed class ContactDialogTests : VoipComponentTestContext
{
    [Fact]
    public async Task Save_EmptyForm_ShowsMessagesAndSavesNothing()
    {
        var (provider, _) = await OpenDialogAsync();

        await provider.Find("[data-testid=contact-save]").ClickAsync(new MouseEventArgs());

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Enter a first name.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter a last name.", provider.Markup, StringComparison.Ordinal);
        });
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await db.Contacts.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Save_InvalidNumber_ExplainsTheNumberAndSavesNothing()
    {
        var (provider, _) = await OpenDialogAsync();
        provider.Find("input[data-testid=contact-first-name]").Change("Ines");
        provider.Find("input[data-testid=contact-last-name]").Change("Carvalho");
        provider.Find("input[data-testid=phone-editor-number]").Change("12");

        await provider.Find("[data-testid=contact-save]").ClickAsync(new MouseEventArgs());

        provider.WaitForAssertion(() =>
        {
            Assert.Equal("true", provider.Find("input[data-testid=phone-editor-number]").GetAttribute("aria-invalid"));
            Assert.Contains("too short", provider.Markup, StringComparison.Ordinal);
        });
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await db.Contacts.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Save_ValidContact_StoresItAndClosesWithItsId()
    {
        var (provider, result) = await OpenDialogAsync();
        provider.Find("input[data-testid=contact-first-name]").Change("Ines");
        provider.Find("input[data-testid=contact-last-name]").Change("Carvalho");
        provider.Find("input[data-testid=phone-editor-number]").Change("(212) 555-0199");

        await provider.Find("[data-testid=contact-save]").ClickAsync(new MouseEventArgs());

        var id = await result.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var saved = await db.Contacts.Include(c => c.PhoneNumbers).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(saved.Id, id);
        Assert.Equal(("Ines", "Carvalho", "+12125550199"), (saved.FirstName, saved.LastName, saved.PhoneNumbers.Single().E164));
    }

    [Fact]
    public async Task Save_BlankNumberRow_StoresTheContactWithoutNumbers()
    {
        var (provider, result) = await OpenDialogAsync();
        provider.Find("input[data-testid=contact-first-name]").Change("Ines");
        provider.Find("input[data-testid=contact-last-name]").Change("Carvalho");

        await provider.Find("[data-testid=contact-save]").ClickAsync(new MouseEventArgs());

        var id = await result.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var saved = await db.Contacts.Include(c => c.PhoneNumbers).SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
        Assert.Empty(saved.PhoneNumbers);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<int?> Result)> OpenDialogAsync()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetService<IDialogService>()!;
        Task<int?> result = null!;
        
        // A statement lambda: the dialog's result completes only when it closes, so it must not be awaited here.
        await provider.InvokeAsync(() => { result = ContactDialog.ShowAsync(dialogs, contactId: null); });
        provider.WaitForElement("[data-testid=contact-save]");
        return (provider, result);
    }
}
