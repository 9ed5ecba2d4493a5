using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Setup;

public sealed class DemoDataSeederTests
{
    [Fact]
    public async Task Start_InSimulatorMode_SeedsTheDemoOrganisation()
    {
        await using var factory = new VoipAppFactory();
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        Assert.Equal(50, await db.Contacts.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(20, await db.Leads.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Sales", "Support"], await db.Teams.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(TestContext.Current.CancellationToken));
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(DemoAccounts.Admin))!, Roles.Admin));
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(DemoAccounts.Supervisor))!, Roles.Supervisor));
        var accounts = await db.VoipAccounts.OrderBy(a => a.Identity).Select(a => new { a.Identity, a.Extension, a.IsActive }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([new { Identity = "agent1", Extension = (string?)"101", IsActive = true }, new { Identity = "agent2", Extension = (string?)"102", IsActive = true }], accounts);
        var routes = await db.InboundRoutes.OrderBy(r => r.Priority)
            .Select(r => new { r.DidPattern, r.Destination, r.RingTimeoutSeconds, r.Fallback }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["+14155550100", "+14155550101", "+14155550102"], routes.Select(r => r.DidPattern));
        Assert.Equal([RouteDestination.Team, RouteDestination.Agent, RouteDestination.Agent], routes.Select(r => r.Destination));
        Assert.All(routes, r => Assert.Equal((20, RouteDestination.Voicemail), (r.RingTimeoutSeconds, r.Fallback)));
        Assert.True(await db.Calls.CountAsync(TestContext.Current.CancellationToken) > 0);
        Assert.All(await db.PhoneNumbers.Select(p => p.E164).ToListAsync(TestContext.Current.CancellationToken), e164 => Assert.Matches(@"^\+[1-9]\d{7,14}$", e164));
    }

    [Fact]
    public async Task Start_SecondTimeOnSameDatabase_DoesNotDuplicateAnything()
    {
        var path = VoipAppFactory.NewDatabasePath();
        var first = await CountsAfterStartAsync(path, deleteAfter: false);

        var second = await CountsAfterStartAsync(path, deleteAfter: true);

        Assert.Equal(first, second);
    }

    private static async Task<(int Users, int Contacts, int Leads, int Routes, int Calls)> CountsAfterStartAsync(string path, bool deleteAfter)
    {
        await using var factory = new VoipAppFactory(path) { KeepDatabaseOnDispose = !deleteAfter };
        _ = factory.Server;
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var token = TestContext.Current.CancellationToken;
        return (await db.Users.CountAsync(token), await db.Contacts.CountAsync(token), await db.Leads.CountAsync(token),
            await db.InboundRoutes.CountAsync(token), await db.Calls.CountAsync(token));
    }
}
