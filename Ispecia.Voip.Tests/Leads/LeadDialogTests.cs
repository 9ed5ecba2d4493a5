using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Web.Leads;

namespace Ispecia.Voip.Tests.Leads;

public sealed class LeadDialogTests : VoipComponentTestContext
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_EmptyForm_ShowsMessagesAndSavesNothing()
    {
        var (provider, _) = await OpenDialogAsync(leadId: null);

        await provider.Find("[data-testid=lead-save]").ClickAsync(new MouseEventArgs());

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Enter a title.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter the person to talk to.", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Equal(0, await CountLeadsAsync());
    }

    [Fact]
    public async Task Save_InvalidNumber_ExplainsTheNumberAndSavesNothing()
    {
        var (provider, _) = await OpenDialogAsync(leadId: null);
        FillRequiredFields(provider);
        provider.Find("input[data-testid=phone-editor-number]").Change("12");

        await provider.Find("[data-testid=lead-save]").ClickAsync(new MouseEventArgs());

        provider.WaitForAssertion(() =>
        {
            Assert.Equal("true", provider.Find("input[data-testid=phone-editor-number]").GetAttribute("aria-invalid"));
            Assert.Contains("too short", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Equal(0, await CountLeadsAsync());
    }

    [Fact]
    public async Task Save_ValidLead_StoresItAndClosesWithItsId()
    {
        var (provider, result) = await OpenDialogAsync(leadId: null);
        FillRequiredFields(provider);
        provider.Find("input[data-testid=phone-editor-number]").Change("(212) 555-0199");

        await provider.Find("[data-testid=lead-save]").ClickAsync(new MouseEventArgs());

        var id = await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var saved = await db.Leads.Include(l => l.PhoneNumbers).SingleAsync(Cancel);
        Assert.Equal(saved.Id, id);
        Assert.Equal(("Fleet renewal", "Ines Carvalho", "+12125550199"), (saved.Title, saved.ContactPerson, saved.PhoneNumbers.Single().E164));
    }

    [Fact]
    public async Task Save_BlankNumberRow_StoresTheLeadWithoutNumbers()
    {
        var (provider, result) = await OpenDialogAsync(leadId: null);
        FillRequiredFields(provider);

        await provider.Find("[data-testid=lead-save]").ClickAsync(new MouseEventArgs());

        var id = await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var saved = await db.Leads.Include(l => l.PhoneNumbers).SingleAsync(l => l.Id == id, Cancel);
        Assert.Empty(saved.PhoneNumbers);
    }

    [Fact]
    public async Task Save_EditedLead_LoadsItsValuesAndStoresTheChange()
    {
        var id = await AddLeadAsync("Fleet renewal");
        var (provider, result) = await OpenDialogAsync(id);
        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Edit lead", provider.Markup, StringComparison.Ordinal);
            Assert.Equal("Fleet renewal", provider.Find("input[data-testid=lead-title]").GetAttribute("value"));
            Assert.Equal("(212) 555-0199", provider.Find("input[data-testid=phone-editor-number]").GetAttribute("value"));
        });

        provider.Find("input[data-testid=lead-title]").Change("Fleet renewal 2027");
        await provider.Find("[data-testid=lead-save]").ClickAsync(new MouseEventArgs());

        Assert.Equal(id, await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel));
        var lead = await Services.GetRequiredService<LeadService>().GetAsync(id, Cancel);
        Assert.Equal(("Fleet renewal 2027", "+12125550199"), (lead!.Title, lead.PhoneNumbers.Single().E164));
    }

    [Fact]
    public async Task Open_DeletedLead_SaysItNoLongerExistsAndCannotSave()
    {
        var (provider, _) = await OpenDialogAsync(leadId: 424242);

        provider.WaitForAssertion(() => Assert.Contains("This lead no longer exists", provider.Markup, StringComparison.Ordinal));
        Assert.True(provider.Find("[data-testid=lead-save]").HasAttribute("disabled"));
    }

    private static void FillRequiredFields(IRenderedComponent<MudDialogProvider> provider)
    {
        provider.Find("input[data-testid=lead-title]").Change("Fleet renewal");
        provider.Find("input[data-testid=lead-contact-person]").Change("Ines Carvalho");
    }

    private async Task<int> CountLeadsAsync()
    {
        await using var db = await Db.CreateDbContextAsync(Cancel);
        return await db.Leads.CountAsync(Cancel);
    }

    private Task<int> AddLeadAsync(string title) =>
        Services.GetRequiredService<LeadService>().CreateAsync(new LeadRequest
        {
            Title = title,
            ContactPerson = "Ines Carvalho",
            PhoneNumbers = [new PhoneNumberInput { Number = "(212) 555-0199" }],
        }, ownerId: null, Cancel);

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<int?> Result)> OpenDialogAsync(int? leadId)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetService<IDialogService>()!;
        Task<int?> result = null!;

        // A statement lambda: the dialog's result completes only when it closes, so it must not be awaited here.
        await provider.InvokeAsync(() => { result = LeadDialog.ShowAsync(dialogs, leadId); });
        provider.WaitForElement("[data-testid=lead-save]");
        return (provider, result);
    }
}
