using FluentValidation;
using Ispecia.Voip.Core.Common;
using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Leads;

public sealed class LeadServiceTests : IAsyncLifetime
{
    private AdminServices services = null!;

    private LeadService Leads => services.Get<LeadService>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task CreateAsync_ValidLead_StoresTrimmedFieldsAndNumbersInE164()
    {
        var id = await Leads.CreateAsync(new LeadRequest
        {
            Title = "  Fleet renewal ",
            Status = LeadStatus.Qualified,
            Value = 12000m,
            ContactPerson = " Ines Carvalho ",
            Company = "   ",
            Email = " ines@atlas.example ",
            PhoneNumbers = [new PhoneNumberInput { Label = PhoneLabel.Mobile, Number = " (212) 555-0199 " }],
        }, ownerId: null, Cancel);

        var lead = (await Leads.GetAsync(id, Cancel))!;
        Assert.Equal(("Fleet renewal", LeadStatus.Qualified, 12000m, "Ines Carvalho"), (lead.Title, lead.Status, lead.Value!.Value, lead.ContactPerson));
        Assert.Null(lead.Company);
        Assert.Equal("ines@atlas.example", lead.Email);
        var number = Assert.Single(lead.PhoneNumbers);
        Assert.Equal((PhoneLabel.Mobile, "(212) 555-0199", "+12125550199", id), (number.Label, number.Raw, number.E164, number.LeadId!.Value));
        Assert.Null(number.ContactId);
    }

    [Fact]
    public async Task UpdateAsync_NewNumbers_ReplacesTheStoredOnes()
    {
        var id = await AddLeadAsync("Fleet renewal", "(212) 555-0199", "(212) 555-0198");
        var edit = LeadService.ToRequest((await Leads.GetAsync(id, Cancel))!);
        edit.Title = "Fleet renewal 2027";
        edit.PhoneNumbers = [new PhoneNumberInput { Label = PhoneLabel.Home, Number = "+44 20 7946 0958" }];

        Assert.True(await Leads.UpdateAsync(id, edit, Cancel));

        var lead = (await Leads.GetAsync(id, Cancel))!;
        Assert.Equal("Fleet renewal 2027", lead.Title);
        Assert.Equal(["+442079460958"], lead.PhoneNumbers.Select(p => p.E164));
        await using var db = await services.Db.CreateDbContextAsync(Cancel);
        Assert.Equal(1, await db.PhoneNumbers.CountAsync(Cancel));
    }

    [Fact]
    public async Task UpdateAsync_UnknownLead_ReturnsFalse()
    {
        Assert.False(await Leads.UpdateAsync(424242, new LeadRequest { Title = "T", ContactPerson = "P" }, Cancel));
    }

    [Fact]
    public async Task CreateAsync_UnknownContact_RefusesNamingTheContactAndStoresNothing()
    {
        var request = new LeadRequest { Title = "Trial", ContactPerson = "Pat Doe", ContactId = 987654 };

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Leads.CreateAsync(request, ownerId: null, Cancel));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(LeadRequest.ContactId), "Contact 987654 does not exist."), (error.PropertyName, error.ErrorMessage));
        Assert.Equal(0, (await Leads.SearchAsync(new PageQuery(null, 0, 10), cancellationToken: Cancel)).TotalCount);
    }

    [Fact]
    public async Task CreateAsync_InvalidNumber_RefusesAndStoresNothing()
    {
        var request = new LeadRequest { Title = "Trial", ContactPerson = "Pat Doe", PhoneNumbers = [new PhoneNumberInput { Number = "12" }] };

        await Assert.ThrowsAsync<ValidationException>(() => Leads.CreateAsync(request, ownerId: null, Cancel));

        Assert.Equal(0, (await Leads.SearchAsync(new PageQuery(null, 0, 10), cancellationToken: Cancel)).TotalCount);
    }

    [Fact]
    public async Task SearchAsync_StatusAndDigits_FindOnlyTheMatchingLeads()
    {
        await AddLeadAsync("Fleet renewal", "(212) 555-0199");
        var won = await AddLeadAsync("Warehouse scanners", "(212) 555-0142", LeadStatus.Won);

        var byStatus = await Leads.SearchAsync(new PageQuery(null, 0, 10), LeadStatus.Won, Cancel);
        var byDigits = await Leads.SearchAsync(new PageQuery("555-0199", 0, 10), cancellationToken: Cancel);
        var byTitle = await Leads.SearchAsync(new PageQuery("SCANNERS", 0, 10), cancellationToken: Cancel);

        Assert.Equal([won], byStatus.Items.Select(l => l.Id));
        Assert.Equal(["Fleet renewal"], byDigits.Items.Select(l => l.Title));
        Assert.Equal(["(212) 555-0142"], byTitle.Items.Single().PhoneNumbers.Select(p => p.Display));
    }

    [Fact]
    public async Task DeleteAsync_Lead_RemovesItAndItsNumbers()
    {
        var id = await AddLeadAsync("Fleet renewal", "(212) 555-0199");

        Assert.True(await Leads.DeleteAsync(id, Cancel));

        Assert.Null(await Leads.GetAsync(id, Cancel));
        Assert.False(await Leads.DeleteAsync(id, Cancel));
        await using var db = await services.Db.CreateDbContextAsync(Cancel);
        Assert.Equal(0, await db.PhoneNumbers.CountAsync(Cancel));
    }

    private Task<int> AddLeadAsync(string title, string number, LeadStatus status = LeadStatus.New) =>
        AddLeadAsync(title, [number], status);

    private Task<int> AddLeadAsync(string title, string first, string second) => AddLeadAsync(title, [first, second], LeadStatus.New);

    private Task<int> AddLeadAsync(string title, string[] numbers, LeadStatus status) =>
        Leads.CreateAsync(new LeadRequest
        {
            Title = title,
            Status = status,
            ContactPerson = "Ines Carvalho",
            PhoneNumbers = numbers.Select(n => new PhoneNumberInput { Number = n }).ToList(),
        }, ownerId: null, Cancel);
}
