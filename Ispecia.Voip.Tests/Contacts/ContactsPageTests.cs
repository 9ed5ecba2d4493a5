using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Web.Contacts;

namespace Ispecia.Voip.Tests.Contacts;

public sealed class ContactsPageTests : VoipComponentTestContext
{
    [Fact]
    public async Task Render_WithContacts_ShowsEachWithFormattedNumbers()
    {
        await AddContactAsync("Ines", "Carvalho", "Atlas Freight", "212.555.0199");
        await AddContactAsync("Jon", "Berg", "Fjord Foods", "+44 20 7946 0123");

        var page = Render<ContactsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=contact-link]").Count));
        Assert.Equal(["Jon Berg", "Ines Carvalho"], page.FindAll("[data-testid=contact-link]").Select(a => a.TextContent.Trim()));
        var numbers = page.FindAll("[data-testid=phone-number]");
        Assert.Contains(numbers, n => n.GetAttribute("data-e164") == "+12125550199" && n.TextContent.Contains("(212) 555-0199", StringComparison.Ordinal));
        Assert.Contains(numbers, n => n.GetAttribute("data-e164") == "+442079460123" && n.TextContent.Contains("+44 20 7946 0123", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoContacts_ExplainsHowToAddOne()
    {
        var page = Render<ContactsPage>();

        page.WaitForAssertion(() => Assert.Contains("No contacts yet", page.Markup, StringComparison.Ordinal));
    }

    private async Task AddContactAsync(string first, string last, string company, string number) =>
        await Services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest
        {
            FirstName = first,
            LastName = last,
            Company = company,
            PhoneNumbers = [new PhoneNumberInput { Number = number }],
        }, ownerId: null, TestContext.Current.CancellationToken);
}
