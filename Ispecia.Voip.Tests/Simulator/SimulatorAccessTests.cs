namespace Ispecia.Voip.Tests.Simulator;

/// <summary>The simulator's page and API exist only in simulator mode, and only for admins.</summary>
public sealed class SimulatorAccessTests
{
    [Fact]
    public async Task SimulatorPage_AdminInSimulatorMode_ShowsThePlaceCallForm()
    {
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator" });
        var admin = await factory.CreateCookieClientForAsync(DemoAccounts.Admin);

        var html = await admin.GetStringAsync("/settings/voip/simulator", TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"sim-place-call\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Agent1)]
    [InlineData(DemoAccounts.Supervisor)]
    public async Task SimulatorApi_NotAdmin_Returns403(string email)
    {
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator" });
        var client = await factory.CreateClientForAsync(email);

        var response = await client.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = "+14155550101" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("", "+14155550101", "Enter the caller")]
    [InlineData("+12125550100", "banana", "letters")]
    [InlineData("+12125550100", "+14155550101", "3600", 0)]
    public async Task SimulatorApi_BadInput_Returns400WithTheReason(string from, string to, string reason, int hangupAfter = 1)
    {
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator" });
        var admin = await factory.CreateClientForAsync(DemoAccounts.Admin);

        var response = await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from, to, hangupAfterSeconds = hangupAfter }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SimulatorEndpoints_InTwilioMode_Return404()
    {
        await using var app = await TwilioModeApp.StartAsync();
        var admin = await app.Factory.CreateClientForAsync(DemoAccounts.Admin);

        var api = await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = "+14155550101" }, TestContext.Current.CancellationToken);
        var rest = await app.Factory.CreateClient().GetAsync("/simulator/twilio/2010-04-01/Accounts/AC1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rest.StatusCode);
    }

    [Fact]
    public async Task SimulatorPage_InTwilioMode_Answers404WithTheNotFoundPage()
    {
        await using var app = await TwilioModeApp.StartAsync();
        var admin = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Admin);

        var response = await admin.GetAsync("/settings/voip/simulator", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
