namespace Ispecia.Voip.Tests.Security;

public sealed partial class SignInRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiLogin_MoreAttemptsFromOneClientThanTheLimit_Returns429ProblemEvenForTheRightPassword()
    {
        await using var factory = Factory(perClient: 3, perAccount: 1000);
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, $"nobody{i}@example.com", "guess")).StatusCode);
        }

        var response = await LoginAsync(client, DemoAccounts.Agent1, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task LoginPage_MoreAttemptsFromOneClientThanTheLimit_Returns429()
    {
        await using var factory = Factory(perClient: 2, perAccount: 1000);
        var client = factory.CreateBrowserLikeClient();
        await PostLoginFormAsync(client, DemoAccounts.Agent1, "guess");
        await PostLoginFormAsync(client, DemoAccounts.Agent1, "guess");

        var response = await PostLoginFormAsync(client, DemoAccounts.Agent1, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task ApiLogin_TooManyAttemptsForOneAccount_RefusedTheSameWayWhetherOrNotItExists()
    {
        await using var factory = Factory(perClient: 1000, perAccount: 3);
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await LoginAsync(client, DemoAccounts.Agent1, "guess");
            await LoginAsync(client, "no-such-user@example.com", "guess");
        }

        var existing = await LoginAsync(client, DemoAccounts.Agent1, DemoUsers.Password);
        var missing = await LoginAsync(client, "no-such-user@example.com", DemoUsers.Password);
        var other = await LoginAsync(client, DemoAccounts.Agent2, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, existing.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, missing.StatusCode);
        Assert.Equal(await DetailAsync(existing), await DetailAsync(missing));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task LoginPage_TooManyAttemptsForOneAccount_ShowsWaitMessageAndSetsNoCookie()
    {
        await using var factory = Factory(perClient: 1000, perAccount: 2);
        var client = factory.CreateBrowserLikeClient();
        await PostLoginFormAsync(client, DemoAccounts.Supervisor, "guess");
        await PostLoginFormAsync(client, DemoAccounts.Supervisor, "guess");

        var response = await PostLoginFormAsync(client, DemoAccounts.Supervisor, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Too many sign-in attempts", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
    }

    private static VoipAppFactory Factory(int perClient, int perAccount) => new(settings: new Dictionary<string, string?>
    {
        ["Security:SignIn:AttemptsPerClientPerMinute"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Security:SignIn:AttemptsPerAccountPerMinute"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return $"{problem.GetProperty("title").GetString()} {problem.GetProperty("detail").GetString()}";
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password }, Ct);

    private static async Task<HttpResponseMessage> PostLoginFormAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/Account/Login", Ct);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/Account/Login", form, Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
