namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>The audit page in a real browser: the newest changes on first paint, then paging once it is interactive.</summary>
public sealed class AuditBrowserTests : IAsyncLifetime
{
    private BrowserApp app = null!;

    public async ValueTask InitializeAsync() => app = await BrowserApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AuditPage_MoreThanAPageOfChanges_ShowsTheNewestThenPagesToOlderOnes()
    {
        var admin = await AdminAsync();
        var teams = app.Factory.Services.GetRequiredService<TeamService>();
        for (var n = 1; n <= 30; n++)
        {
            await teams.SaveAsync(new TeamRequest { Name = $"Team {n:00}" }, admin, TestContext.Current.CancellationToken);
        }

        var page = await app.SignInAsync(DemoAccounts.Admin);
        await page.GotoAsync("/settings/voip/audit");

        var rows = page.Locator("tr", new() { Has = page.GetByTestId("audit-row") });
        await Assertions.Expect(rows.First).ToContainTextAsync("Created team 'Team 30'.");
        await Assertions.Expect(page.Locator(".mud-table-pagination")).ToContainTextAsync("1-25 of 30", new() { Timeout = 15000 });
        await page.GetByLabel("Next page").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        await Assertions.Expect(rows.First).ToContainTextAsync("Created team 'Team 05'.");
        await Assertions.Expect(rows.Last).ToContainTextAsync("Created team 'Team 01'.");
    }

    private async Task<AuditActor> AdminAsync()
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var id = await db.Users.Where(u => u.Email == DemoAccounts.Admin).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        return new AuditActor(id, DemoAccounts.Admin);
    }
}
