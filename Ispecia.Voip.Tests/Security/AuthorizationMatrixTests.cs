namespace Ispecia.Voip.Tests.Security;

/// <summary>Who may open which page and call which endpoint, checked on the server (docs/architecture.md section 9).</summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private readonly VoipAppFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/contacts")]
    [InlineData("/contacts/1")]
    [InlineData("/leads")]
    [InlineData("/leads/1")]
    public async Task Page_Anonymous_RedirectsToSignIn(string path)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(DemoAccounts.Agent1, "/contacts")]
    [InlineData(DemoAccounts.Agent1, "/leads")]
    [InlineData(DemoAccounts.Supervisor, "/contacts")]
    [InlineData(DemoAccounts.Admin, "/leads")]
    public async Task Page_SignedInStaff_Opens(string email, string path)
    {
        var client = await factory.CreateCookieClientForAsync(email);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Page_Unknown_Returns404WithExplanation()
    {
        var client = await factory.CreateCookieClientForAsync(DemoAccounts.Agent1);

        var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/api/contacts")]
    [InlineData("/api/leads")]
    public async Task Api_Anonymous_Returns401NotARedirect(string path)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.Agent1, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Supervisor, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.NoContent)]
    public async Task DeleteContact_ByRole_OnlyAdminsMay(string email, HttpStatusCode expected)
    {
        var client = await factory.CreateClientForAsync(email);

        var response = await client.DeleteAsync("/api/contacts/2", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        var after = await client.GetAsync("/api/contacts/2", TestContext.Current.CancellationToken);
        Assert.Equal(expected == HttpStatusCode.NoContent ? HttpStatusCode.NotFound : HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.Agent1, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.NoContent)]
    public async Task DeleteLead_ByRole_OnlyAdminsMay(string email, HttpStatusCode expected)
    {
        var client = await factory.CreateClientForAsync(email);

        var response = await client.DeleteAsync("/api/leads/3", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }
}
