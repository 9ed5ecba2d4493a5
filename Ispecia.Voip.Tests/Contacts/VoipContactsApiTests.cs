using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Contacts;

/// <summary>GET /api/voip/contacts: the softphone's directory.</summary>
public sealed class VoipContactsApiTests(VoipApiApp fixture) : IClassFixture<VoipApiApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Contacts_SearchByName_ReturnsCallableNumbersInE164WithDisplayAndLabel()
    {
        await fixture.InDbAsync(db =>
        {
            db.Contacts.Add(new Contact
            {
                FirstName = "Zebulon",
                LastName = "Quintero",
                Company = "Quintero Tiles",
                PhoneNumbers = [new PhoneNumber { Label = PhoneLabel.Mobile, Raw = "212 555 0188", E164 = "+12125550188" }],
            });
            return db.SaveChangesAsync(Ct);
        });
        var client = await fixture.ClientAsync(DemoAccounts.Agent1);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/voip/contacts?search=quintero", Ct);

        var entry = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal(("Zebulon Quintero", "Quintero Tiles"), (entry.GetProperty("name").GetString(), entry.GetProperty("company").GetString()));
        var number = Assert.Single(entry.GetProperty("numbers").EnumerateArray());
        Assert.Equal(("+12125550188", "(212) 555-0188", "Mobile"),
            (number.GetProperty("e164").GetString(), number.GetProperty("display").GetString(), number.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Contacts_Limit_CapsTheEntries()
    {
        var client = await fixture.ClientAsync(DemoAccounts.Agent1);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/voip/contacts?limit=3", Ct);

        Assert.Equal(3, body.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=51")]
    [InlineData("limit=lots")]
    public async Task Contacts_BadLimit_Returns400Problem(string query)
    {
        var client = await fixture.ClientAsync(DemoAccounts.Agent1);

        var problem = await ApiAssert.ProblemAsync(await client.GetAsync($"/api/voip/contacts?{query}", Ct), HttpStatusCode.BadRequest);

        Assert.Contains("1 to 50", problem.GetProperty("errors").GetProperty("limit")[0].GetString(), StringComparison.Ordinal);
    }
}
