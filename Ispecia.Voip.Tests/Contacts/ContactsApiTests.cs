namespace Ispecia.Voip.Tests.Contacts;

public sealed class ContactsApiTests : IAsyncLifetime
{
    private readonly VoipAppFactory factory = new();
    private HttpClient client = default!;

    public async ValueTask InitializeAsync() => client = await factory.CreateClientForAsync(DemoAccounts.Agent1);

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Create_ValidContact_StoresNumbersInE164AndFindsThemByDigits()
    {
        var body = new
        {
            firstName = "Ines",
            lastName = "Carvalho",
            company = "Atlas Freight",
            phoneNumbers = new[] { new { label = "Mobile", number = "(212) 555-0199" }, new { label = "Work", number = "+44 20 7946 0999" } },
        };

        var created = await client.PostAsJsonAsync("/api/contacts", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var detail = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location, TestContext.Current.CancellationToken);
        var numbers = detail.GetProperty("phoneNumbers").EnumerateArray().Select(n => n.GetProperty("e164").GetString()).ToList();
        Assert.Equal(["+12125550199", "+442079460999"], numbers);
        var found = await client.GetFromJsonAsync<JsonElement>("/api/contacts?search=555-0199", TestContext.Current.CancellationToken);
        Assert.Contains(found.GetProperty("items").EnumerateArray(), c => c.GetProperty("lastName").GetString() == "Carvalho");
    }

    [Fact]
    public async Task Create_InvalidFields_Returns400WithMessagesAndStoresNothing()
    {
        var before = await TotalAsync();
        var body = new { firstName = "", lastName = "Nobody", email = "not-an-email", phoneNumbers = new[] { new { label = "Work", number = "call me maybe" } } };

        var response = await client.PostAsJsonAsync("/api/contacts", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("FirstName", out _));
        Assert.True(errors.TryGetProperty("Email", out _));
        Assert.True(errors.TryGetProperty("PhoneNumbers[0].Number", out _));
        Assert.Equal(before, await TotalAsync());
    }

    [Fact]
    public async Task Create_WrongJsonType_Returns400NotA500()
    {
        using var content = new StringContent("{\"firstName\": 42, \"phoneNumbers\": \"nope\"}", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/contacts", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Update_InvalidNumber_KeepsTheStoredContactUnchanged()
    {
        var before = await client.GetFromJsonAsync<JsonElement>("/api/contacts/5", TestContext.Current.CancellationToken);
        var body = new { firstName = "Changed", lastName = "Name", phoneNumbers = new[] { new { label = "Work", number = "12" } } };

        var response = await client.PutAsJsonAsync("/api/contacts/5", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/contacts/5", TestContext.Current.CancellationToken);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task Update_UnknownContact_Returns404()
    {
        var body = new { firstName = "A", lastName = "B", phoneNumbers = Array.Empty<object>() };

        var response = await client.PutAsJsonAsync("/api/contacts/999999", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<int> TotalAsync() =>
        (await client.GetFromJsonAsync<JsonElement>("/api/contacts?pageSize=1", TestContext.Current.CancellationToken)).GetProperty("totalCount").GetInt32();
}
