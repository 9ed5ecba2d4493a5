namespace Ispecia.Voip.Tests.Leads;

public sealed class LeadsApiTests : IAsyncLifetime
{
    private readonly VoipAppFactory factory = new();
    private HttpClient client = default!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => client = await factory.CreateClientForAsync(DemoAccounts.Agent1);

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Create_ValidLead_StoresNumbersInE164AndFindsItByStatusAndDigits()
    {
        var body = new
        {
            title = "Compiler licences",
            status = "Qualified",
            value = 25000,
            contactPerson = "Grace Hopper",
            phoneNumbers = new[] { new { label = "Mobile", number = "(212) 555-0177" } },
        };

        var created = await client.PostAsJsonAsync("/api/leads", body, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var detail = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location, Cancel);
        Assert.Equal("Compiler licences", detail.GetProperty("title").GetString());
        Assert.Equal(["+12125550177"], detail.GetProperty("phoneNumbers").EnumerateArray().Select(n => n.GetProperty("e164").GetString()));
        Assert.Equal("Avery Agent", detail.GetProperty("ownerName").GetString());
        var found = await client.GetFromJsonAsync<JsonElement>("/api/leads?search=555-0177&status=Qualified", Cancel);
        Assert.Equal(["Compiler licences"], found.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("title").GetString()));
        var otherStatus = await client.GetFromJsonAsync<JsonElement>("/api/leads?search=555-0177&status=Lost", Cancel);
        Assert.Equal(0, otherStatus.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Create_InvalidFields_Returns400WithMessagesAndStoresNothing()
    {
        var before = await TotalAsync();
        var body = new { title = "", contactPerson = "Pat Doe", value = -5, email = "not-an-email", phoneNumbers = new[] { new { label = "Work", number = "call me maybe" } } };

        var response = await client.PostAsJsonAsync("/api/leads", body, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _));
        Assert.True(errors.TryGetProperty("Value", out _));
        Assert.True(errors.TryGetProperty("Email", out _));
        Assert.True(errors.TryGetProperty("PhoneNumbers[0].Number", out _));
        Assert.Equal(before, await TotalAsync());
    }

    [Fact]
    public async Task CreateLead_UnknownContactId_Returns400()
    {
        var body = new { title = "Trial", contactPerson = "Pat Doe", contactId = 987654, phoneNumbers = Array.Empty<object>() };

        var response = await client.PostAsJsonAsync("/api/leads", body, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not exist", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Update_ValidLead_Returns204AndStoresTheChange()
    {
        var id = await CreateAsync("Trial");
        var body = new { title = "Trial extended", status = "Won", contactPerson = "Pat Doe", phoneNumbers = new[] { new { label = "Work", number = "+44 20 7946 0958" } } };

        var response = await client.PutAsJsonAsync($"/api/leads/{id}", body, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/leads/{id}", Cancel);
        Assert.Equal(("Trial extended", "Won"), (detail.GetProperty("title").GetString(), detail.GetProperty("status").GetString()));
        Assert.Equal(["+442079460958"], detail.GetProperty("phoneNumbers").EnumerateArray().Select(n => n.GetProperty("e164").GetString()));
    }

    [Fact]
    public async Task Update_UnknownLead_Returns404()
    {
        var body = new { title = "A", contactPerson = "B", phoneNumbers = Array.Empty<object>() };

        var response = await client.PutAsJsonAsync("/api/leads/999999", body, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Delete_AsAgent_Returns403AndKeepsTheLead()
    {
        var id = await CreateAsync("Trial");

        var response = await client.DeleteAsync($"/api/leads/{id}", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/leads/{id}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Delete_AsAdmin_Returns204ThenTheLeadIsGone()
    {
        var id = await CreateAsync("Trial");
        using var admin = await factory.CreateClientForAsync(DemoAccounts.Admin);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/leads/{id}", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/leads/{id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/leads/{id}", Cancel)).StatusCode);
    }

    private async Task<int> CreateAsync(string title)
    {
        var created = await client.PostAsJsonAsync("/api/leads", new { title, contactPerson = "Pat Doe", phoneNumbers = Array.Empty<object>() }, Cancel);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetInt32();
    }

    private async Task<int> TotalAsync() =>
        (await client.GetFromJsonAsync<JsonElement>("/api/leads?pageSize=1", Cancel)).GetProperty("totalCount").GetInt32();
}
