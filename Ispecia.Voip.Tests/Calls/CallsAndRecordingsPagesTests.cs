namespace Ispecia.Voip.Tests.Calls;

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

    [Fact]
    public async Task RecordingsPage_Supervisor_FirstHtmlAlreadyListsTheNewestRecording()
    {
        int recordingId;
        await using (var db = await Db().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var call = new Call { CallSid = "CA" + Guid.NewGuid().ToString("N"), From = "+12125550100", To = "+14155550101", Direction = CallDirection.Inbound, StartedAt = DateTime.UtcNow };
            var recording = new Recording { RecordingSid = "RE" + Guid.NewGuid().ToString("N"), Call = call, DurationSeconds = 42, Channels = 2, CreatedAt = DateTime.UtcNow };
            db.Recordings.Add(recording);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            recordingId = recording.Id;
        }

        var supervisor = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Supervisor);
        var html = await supervisor.GetStringAsync("/settings/voip/recordings", TestContext.Current.CancellationToken);

        Assert.Contains($"data-recording-id=\"{recordingId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No recording matches these filters", html, StringComparison.Ordinal);
    }

    private IDbContextFactory<VoipDbContext> Db() => app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
}
