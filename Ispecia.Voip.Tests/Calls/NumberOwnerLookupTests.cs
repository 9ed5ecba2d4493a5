using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Calls;

/// <summary>Who is calling: the contact or lead that owns a number, and the softphone's directory of both.</summary>
public sealed class NumberOwnerLookupTests : IAsyncLifetime
{
    private AdminServices services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task FindAsync_NumberOfALeadOnly_ReturnsTheLeadWithItsLinkedContact()
    {
        var contact = await AddContactAsync("Ines", "Carvalho", "(212) 555-0100");
        var lead = await AddLeadAsync("Fleet renewal", "Pat Doe", "(212) 555-0199", contact);

        var owner = await services.Get<NumberOwnerLookup>().FindAsync("+12125550199", Cancel);

        Assert.Equal(new NumberOwner(contact, lead, "Pat Doe", "Atlas Freight"), owner);
    }

    [Fact]
    public async Task FindAsync_NumberOfAContactAndALead_TheContactWins()
    {
        await AddLeadAsync("Fleet renewal", "Pat Doe", "(212) 555-0199");
        var contact = await AddContactAsync("Ines", "Carvalho", "(212) 555-0199");

        var owner = await services.Get<NumberOwnerLookup>().FindAsync("+12125550199", Cancel);

        Assert.Equal(new NumberOwner(contact, null, "Ines Carvalho", "Atlas Freight"), owner);
    }

    [Fact]
    public async Task FindAsync_UnknownNumber_ReturnsNull()
    {
        await AddLeadAsync("Fleet renewal", "Pat Doe", "(212) 555-0199");

        Assert.Null(await services.Get<NumberOwnerLookup>().FindAsync("+12125550111", Cancel));
    }

    [Fact]
    public async Task DirectorySearch_LeadTitleOrDigits_FindsLeadsAndContactsByName()
    {
        var contact = await AddContactAsync("Ines", "Carvalho", "(212) 555-0100");
        var lead = await AddLeadAsync("Fleet renewal", "Pat Doe", "(212) 555-0199");
        var directory = services.Get<CallableDirectory>();

        var byTitle = await directory.SearchAsync("fleet", 10, Cancel);
        var byDigits = await directory.SearchAsync("555-01", 10, Cancel);

        var found = Assert.Single(byTitle);
        Assert.Equal((null, lead, "Pat Doe", "Atlas Freight"), (found.ContactId, found.LeadId, found.Name, found.Company));
        Assert.Equal(["(212) 555-0199"], found.Numbers.Select(n => n.Display));
        // Ordered by name: the contact's full name, the lead's person.
        Assert.Equal([(contact, (int?)null), (null, lead)], byDigits.Select(e => (e.ContactId, e.LeadId)));
    }

    private Task<int> AddContactAsync(string first, string last, string number) =>
        services.Get<ContactService>().CreateAsync(new ContactRequest
        {
            FirstName = first,
            LastName = last,
            Company = "Atlas Freight",
            PhoneNumbers = [new PhoneNumberInput { Number = number }],
        }, ownerId: null, Cancel);

    private Task<int> AddLeadAsync(string title, string person, string number, int? contactId = null) =>
        services.Get<LeadService>().CreateAsync(new LeadRequest
        {
            Title = title,
            ContactPerson = person,
            Company = "Atlas Freight",
            ContactId = contactId,
            PhoneNumbers = [new PhoneNumberInput { Number = number }],
        }, ownerId: null, Cancel);
}
