using System.Net;
using Ispecia.Voip.Core.Data;
using Ispecia.Voip.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ispecia.Voip.Tests.Web.Calls;

/// <summary>The Calls page and CSV export (supervisors and admins), and the Recordings page (delete for admins only).</summary>
public sealed class CallsAndRecordingsPagesTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;

    public async ValueTask InitializeAsync() => app = await TwilioModeApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(DemoAccounts.Supervisor, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Agent1, HttpStatusCode.Forbidden)]
    public async Task CallsPage_ByRole_OnlySupervisorsAndAdmins(string email, HttpStatusCode expected)
    {
        var client = await app.Factory.CreateCookieClientForAsync(email);

        var page = await client.GetAsync("/calls", TestContext.Current.CancellationToken);
        var csv = await client.GetAsync("/calls/export.csv", TestContext.Current.CancellationToken);

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(expected, csv.StatusCode);
    }

    [Fact]
    public async Task CallsExport_Supervisor_GetsEveryDemoCallAsCsv()
    {
        var client = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Supervisor);
        await using var db = await Db().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var calls = await db.Calls.CountAsync(TestContext.Current.CancellationToken);

        var response = await client.GetAsync("/calls/export.csv", TestContext.Current.CancellationToken);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(calls + 1, lines.Length);
    }

    [Fact]
    public async Task RecordingsPage_Agent_IsRefused()
    {
        var agent = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Agent1);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/settings/voip/recordings", TestContext.Current.CancellationToken)).StatusCode);
    }

    private IDbContextFactory<VoipDbContext> Db() => app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
}
