namespace Ispecia.Voip.Tests.Softphone;

/// <summary>POST /api/voip/token. The rate limit counts per user, so each test here uses a user no other test of the class does.</summary>
public sealed class VoipTokenApiTests(VoipApiApp fixture) : IClassFixture<VoipApiApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_AgentWithActiveLine_ReturnsJwtForTheirIdentity()
    {
        var client = await fixture.Factory.CreateClientForAsync(DemoAccounts.Agent1);

        var response = await client.PostAsync("/api/voip/token", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var token = body.GetProperty("token").GetString()!;
        Assert.Equal("agent1", TestJwt.Payload(token).GetProperty("grants").GetProperty("identity").GetString());
        Assert.Equal(("agent1", "Twilio"), (body.GetProperty("identity").GetString(), body.GetProperty("mode").GetString()));
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task Token_SupervisorWithoutLine_Returns403ProblemSayingWhatToDo()
    {
        var client = await fixture.Factory.CreateClientForAsync(DemoAccounts.Supervisor);

        var response = await client.PostAsync("/api/voip/token", null, Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Forbidden, VoipTokenApi.NoLineMessage);
    }

    [Fact]
    public async Task Token_AgentWhoseLineIsSwitchedOff_Returns403()
    {
        const string email = "switched-off@ispecia.local";
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                DisplayName = "Switched Off",
                VoipAccount = new VoipAccount { Identity = "switched-off", IsActive = false },
            };
            Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Agent)).Succeeded);
        }

        var client = await fixture.Factory.CreateCookieClientForAsync(email);

        var response = await client.PostAsync("/api/voip/token", null, Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Forbidden, VoipTokenApi.NoLineMessage);
    }

    [Fact]
    public async Task Token_EleventhRequestInAMinute_Returns429()
    {
        var client = await fixture.Factory.CreateCookieClientForAsync(DemoAccounts.Agent2);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await client.PostAsync("/api/voip/token", null, Ct)).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }
}
