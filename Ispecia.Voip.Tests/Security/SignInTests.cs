namespace Ispecia.Voip.Tests.Security;

public sealed partial class SignInTests : IAsyncLifetime
{
    private readonly VoipAppFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task ApiLogin_DemoAgent_ReturnsTokenThatOpensTheApi()
    {
        var client = await factory.CreateClientForAsync(DemoAccounts.Agent1);

        var response = await client.GetAsync("/api/contacts?pageSize=5", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ApiLogin_UserCreatedWithAnApostropheInTheEmail_SignsIn()
    {
        var users = factory.Services.GetRequiredService<UserAdministration>();
        await users.CreateUserAsync(new CreateUserRequest { Email = "o'brien@example.com", DisplayName = "Pat O'Brien", Password = "Welcome!2026" },
            new Ispecia.Voip.Core.Audit.AuditActor("test-admin", DemoAccounts.Admin), TestContext.Current.CancellationToken);
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(
            "/api/auth/login", new { email = "o'brien@example.com", password = "Welcome!2026" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ApiLogin_WrongPassword_Returns401()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(
            "/api/auth/login", new { email = DemoAccounts.Agent1, password = "not-the-password" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiLogin_DeactivatedUser_IsRefused()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var agent = await users.FindByEmailAsync(DemoAccounts.Agent2);
            agent!.IsActive = false;
            await users.UpdateAsync(agent);
        }

        var response = await factory.CreateClient().PostAsJsonAsync(
            "/api/auth/login", new { email = DemoAccounts.Agent2, password = DemoUsers.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Register_Anyone_Returns404BecauseAdminsCreateUsers()
    {
        var response = await factory.CreateClient().PostAsJsonAsync(
            "/api/auth/register", new { email = "intruder@example.com", password = DemoUsers.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("intruder@example.com"));
    }

    [Fact]
    public async Task LoginPage_ValidCredentials_SetsCookieAndOpensTheCrm()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await PostLoginFormAsync(client, DemoAccounts.Supervisor, DemoUsers.Password, "/leads");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/leads", new Uri(client.BaseAddress!, response.Headers.Location!).AbsoluteUri);
        var leads = await client.GetAsync("/leads", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, leads.StatusCode);
    }

    [Fact]
    public async Task LoginPage_ReturnUrlToAnotherSite_StaysOnThisSite()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await PostLoginFormAsync(client, DemoAccounts.Agent1, DemoUsers.Password, "//evil.example.com/x");

        Assert.Equal("http://localhost/", new Uri(client.BaseAddress!, response.Headers.Location!).AbsoluteUri);
    }

    [Fact]
    public async Task LoginPage_WrongPassword_ShowsErrorAndSetsNoCookie()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await PostLoginFormAsync(client, DemoAccounts.Agent1, "wrong-password", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var home = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostLoginFormAsync(HttpClient client, string email, string password, string? returnUrl)
    {
        var path = returnUrl is null ? "/Account/Login" : $"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(path, form, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
