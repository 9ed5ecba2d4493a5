using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Web.Leads;

namespace Ispecia.Voip.Tests.Leads;

public sealed class LeadsPageTests : VoipComponentTestContext
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Render_WithLeads_ShowsEachWithStatusAndFormattedNumbers()
    {
        await AddLeadAsync("Fleet renewal", LeadStatus.Qualified, "212.555.0199");
        await AddLeadAsync("Smoked salmon", LeadStatus.Won, "+44 20 7946 0123");

        var page = Render<LeadsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=lead-link]").Count));
        // Newest change first.
        Assert.Equal(["Smoked salmon", "Fleet renewal"], page.FindAll("[data-testid=lead-link]").Select(a => a.TextContent.Trim()));
        Assert.Contains("Qualified", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Won", page.Markup, StringComparison.Ordinal);
        var numbers = page.FindAll("[data-testid=phone-number]");
        Assert.Contains(numbers, n => n.GetAttribute("data-e164") == "+12125550199" && n.TextContent.Contains("(212) 555-0199", StringComparison.Ordinal));
        Assert.Contains(numbers, n => n.GetAttribute("data-e164") == "+442079460123" && n.TextContent.Contains("+44 20 7946 0123", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoLeads_ExplainsHowToAddOne()
    {
        var page = Render<LeadsPage>();

        page.WaitForAssertion(() => Assert.Contains("No leads yet. Add one with New lead.", page.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DetailPage_LeadWithContact_ShowsItsFieldsAndLinksTheContact()
    {
        var contactId = await Services.GetRequiredService<ContactService>().CreateAsync(
            new ContactRequest { FirstName = "Ines", LastName = "Carvalho" }, ownerId: null, Cancel);
        var id = await AddLeadAsync("Fleet renewal", LeadStatus.Contacted, "212.555.0199", contactId);

        var page = Render<LeadDetailPage>(p => p.Add(d => d.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Fleet renewal", page.Find("[data-testid=lead-title-text]").TextContent));
        Assert.Contains("Ines Carvalho · Atlas Freight", page.Markup, StringComparison.Ordinal);
        Assert.Equal($"contacts/{contactId}", page.Find($"a[href='contacts/{contactId}']").GetAttribute("href"));
        Assert.Equal("+12125550199", page.Find("[data-testid=phone-number]").GetAttribute("data-e164"));
    }

    [Fact]
    public void DetailPage_UnknownLead_SaysItDoesNotExist()
    {
        var page = Render<LeadDetailPage>(p => p.Add(d => d.Id, 424242));

        page.WaitForAssertion(() => Assert.Contains("This lead does not exist", page.Markup, StringComparison.Ordinal));
    }

    private Task<int> AddLeadAsync(string title, LeadStatus status, string number, int? contactId = null) =>
        Services.GetRequiredService<LeadService>().CreateAsync(new LeadRequest
        {
            Title = title,
            Status = status,
            ContactPerson = "Ines Carvalho",
            Company = "Atlas Freight",
            ContactId = contactId,
            PhoneNumbers = [new PhoneNumberInput { Number = number }],
        }, ownerId: null, Cancel);
}
