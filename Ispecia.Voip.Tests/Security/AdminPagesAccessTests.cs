namespace Ispecia.Voip.Tests.Security;

/// <summary>Settings -> VoIP is for admins (recordings also for supervisors), enforced by the server.</summary>
public sealed class AdminPagesAccessTests(AdminPagesAccessTests.App app) : IClassFixture<AdminPagesAccessTests.App>
{
    public static TheoryData<string> AdminPages =>
    [
        "/settings/voip/trunks", "/settings/voip/routes", "/settings/voip/accounts", "/settings/voip/teams",
        "/settings/voip/setup", "/settings/voip/audit", "/settings/voip/simulator",
    ];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_ByRole_OnlyAdminsGetIt(string path)
    {
        var anonymous = await app.Factory.CreateBrowserLikeClient().GetAsync(path, TestContext.Current.CancellationToken);
        var agent = await (await app.Factory.CreateCookieClientForAsync(DemoAccounts.Agent1)).GetAsync(path, TestContext.Current.CancellationToken);
        var supervisor = await (await app.Factory.CreateCookieClientForAsync(DemoAccounts.Supervisor)).GetAsync(path, TestContext.Current.CancellationToken);
        var admin = await (await app.Factory.CreateCookieClientForAsync(DemoAccounts.Admin)).GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    /// <summary>One app in simulator mode for the whole class (the pages only read).</summary>
    public sealed class App : IAsyncLifetime
    {
        public VoipAppFactory Factory { get; } = new(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator" });

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
