namespace Ispecia.Voip.Tests.Security;

/// <summary>
/// Admin actions reachable over HTTP, by role: the simulator's admin API, and deleting contacts and leads. Refused
/// callers change nothing. (Deleting recordings is covered with the VoIP API tests.)
/// </summary>
public sealed class AdminActionsAccessTests : IAsyncLifetime
{
    private readonly VoipAppFactory factory = new(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator" });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> SimulatorEndpoints => new()
    {
        { "POST", "/api/voip/simulator/calls" },
        { "GET", "/api/voip/simulator/calls" },
        { "GET", "/api/voip/simulator/log" },
        { "POST", "/api/voip/simulator/calls/CA00000000000000000000000000000000/hangup" },
    };

    public static TheoryData<string, string, string> SimulatorReadsAndHangupByStaff => new()
    {
        { DemoAccounts.Agent1, "GET", "/api/voip/simulator/calls" },
        { DemoAccounts.Agent1, "GET", "/api/voip/simulator/log" },
        { DemoAccounts.Agent1, "POST", "/api/voip/simulator/calls/CA00000000000000000000000000000000/hangup" },
        { DemoAccounts.Supervisor, "GET", "/api/voip/simulator/calls" },
        { DemoAccounts.Supervisor, "GET", "/api/voip/simulator/log" },
        { DemoAccounts.Supervisor, "POST", "/api/voip/simulator/calls/CA00000000000000000000000000000000/hangup" },
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Theory]
    [MemberData(nameof(SimulatorEndpoints))]
    public async Task SimulatorApi_Anonymous_Returns401Problem(string method, string path)
    {
        var response = await factory.CreateBrowserLikeClient().SendAsync(Request(method, path), Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(SimulatorReadsAndHangupByStaff))]
    public async Task SimulatorApi_AgentOrSupervisor_Returns403Problem(string email, string method, string path)
    {
        var client = await factory.CreateClientForAsync(email);

        var response = await client.SendAsync(Request(method, path), Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"from": ["+12125550100"], "to": "+14155550101"}""")]
    [InlineData("""{"from": "+12125550100", "to": "+14155550101", "hangupAfterSeconds": "soon"}""")]
    public async Task PlaceSimulatedCall_AdminSendsMalformedJson_Returns400Problem(string body)
    {
        var admin = await factory.CreateClientForAsync(DemoAccounts.Admin);

        var response = await admin.PostAsync("/api/voip/simulator/calls", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/contacts/4")]
    [InlineData("/api/leads/5")]
    public async Task Delete_Anonymous_Returns401AndKeepsIt(string path)
    {
        var response = await factory.CreateBrowserLikeClient().DeleteAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.CreateClientForAsync(DemoAccounts.Admin)).GetAsync(path, Ct)).StatusCode);
    }

    [Fact]
    public async Task DeleteLead_Supervisor_Returns403AndKeepsIt()
    {
        var supervisor = await factory.CreateClientForAsync(DemoAccounts.Supervisor);

        var response = await supervisor.DeleteAsync("/api/leads/6", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/leads/6", Ct)).StatusCode);
    }

    [Fact]
    public async Task CallsExport_Anonymous_RedirectsToSignIn()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/calls/export.csv", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST" ? JsonContent.Create(new { from = "+12125550100", to = "+14155550101" }) : null,
    };
}
