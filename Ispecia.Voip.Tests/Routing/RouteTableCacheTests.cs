namespace Ispecia.Voip.Tests.Routing;

/// <summary>The compiled route table each instance keeps, and how a route change reaches it, here or on another instance.</summary>
public sealed class RouteTableCacheTests : IAsyncLifetime
{
    private const string Main = "+14155550100";
    private const string Other = "+14155550199";

    private AdminServices services = null!;

    private InboundRouteService Routes => services.Get<InboundRouteService>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task GetAsync_EachChangeThroughTheService_IsUsedByTheNextMatch()
    {
        Assert.Null(await MatchAsync(services, Main));
        var main = await Routes.CreateAsync(new InboundRouteRequest { Name = "Main", DidPattern = Main, Priority = 2 }, AdminServices.Admin, Cancel);
        Assert.Equal("Main", await MatchAsync(services, Main));

        Assert.True(await Routes.UpdateAsync(main, new InboundRouteRequest { Name = "Main", DidPattern = Other, Priority = 2 }, AdminServices.Admin, Cancel));
        Assert.Null(await MatchAsync(services, Main));
        Assert.Equal("Main", await MatchAsync(services, Other));

        var any = await Routes.CreateAsync(new InboundRouteRequest { Name = "Any", DidPattern = "*", Priority = 3 }, AdminServices.Admin, Cancel);
        Assert.Equal("Main", await MatchAsync(services, Other));
        Assert.True(await Routes.MoveUpAsync(any, AdminServices.Admin, Cancel));
        Assert.Equal("Any", await MatchAsync(services, Other));

        Assert.True(await Routes.SetActiveAsync(any, false, AdminServices.Admin, Cancel));
        Assert.Equal("Main", await MatchAsync(services, Other));

        Assert.True(await Routes.DeleteAsync(main, AdminServices.Admin, Cancel));
        Assert.Null(await MatchAsync(services, Other));
    }

    [Fact]
    public async Task GetAsync_NothingChanged_ReusesTheTable()
    {
        await Routes.CreateAsync(new InboundRouteRequest { Name = "Main", DidPattern = Main }, AdminServices.Admin, Cancel);

        var first = await TableAsync(services);

        Assert.Same(first, await TableAsync(services));
    }

    [Fact]
    public async Task GetAsync_ChangeMadeOnAnotherInstance_IsSeenOnTheNextCall()
    {
        await using var other = services.AnotherInstance();
        await Routes.CreateAsync(new InboundRouteRequest { Name = "Main", DidPattern = Main }, AdminServices.Admin, Cancel);
        Assert.Equal("Main", await MatchAsync(services, Main));
        Assert.Equal("Main", await MatchAsync(other, Main));

        await other.Get<InboundRouteService>().CreateAsync(
            new InboundRouteRequest { Name = "Night", DidPattern = "+1415*", Priority = 1 }, AdminServices.Admin, Cancel);
        var route = (await Routes.ListAsync(Cancel)).Single(r => r.Name == "Main");
        Assert.True(await Routes.SetActiveAsync(route.Id, false, AdminServices.Admin, Cancel));

        Assert.Equal("Night", await MatchAsync(services, Main));
        Assert.Equal("Night", await MatchAsync(other, Main));
        Assert.Equal("Night", await MatchAsync(services, Other));
    }

    [Fact]
    public async Task GetAsync_StampRenewedInTheDatabase_RebuildsTheTable()
    {
        Assert.Null(await MatchAsync(services, Main));
        await using (var db = await services.Db.CreateDbContextAsync(Cancel))
        {
            // Written the way no app code does, without a new stamp: the cached table does not know of it yet.
            db.InboundRoutes.Add(new InboundRoute { Name = "Main", DidPattern = Main });
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Null(await MatchAsync(services, Main));

        await using (var db = await services.Db.CreateDbContextAsync(Cancel))
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE RouteTableStamps SET Stamp = '6f9619ff-8b86-d011-b42d-00c04fc964ff' WHERE Id = 1", Cancel);
        }

        Assert.Equal("Main", await MatchAsync(services, Main));
    }

    [Fact]
    public async Task Renew_EveryRouteChange_WritesANewStamp()
    {
        var stamps = new List<Guid> { await StampAsync() };
        var id = await Routes.CreateAsync(new InboundRouteRequest { Name = "Main", DidPattern = Main }, AdminServices.Admin, Cancel);
        stamps.Add(await StampAsync());
        await Routes.UpdateAsync(id, new InboundRouteRequest { Name = "Main", DidPattern = Other }, AdminServices.Admin, Cancel);
        stamps.Add(await StampAsync());
        await Routes.SetActiveAsync(id, false, AdminServices.Admin, Cancel);
        stamps.Add(await StampAsync());
        await Routes.DeleteAsync(id, AdminServices.Admin, Cancel);
        stamps.Add(await StampAsync());

        Assert.Equal(stamps.Count, stamps.Distinct().Count());
    }

    private static async Task<CompiledRouteTable> TableAsync(AdminServices instance)
    {
        await using var db = await instance.Db.CreateDbContextAsync(Cancel);
        return await instance.Get<RouteTableCache>().GetAsync(db, Cancel);
    }

    private static async Task<string?> MatchAsync(AdminServices instance, string called) =>
        (await TableAsync(instance)).Match(called, null)?.Name;

    private async Task<Guid> StampAsync()
    {
        await using var db = await services.Db.CreateDbContextAsync(Cancel);
        return await db.Set<RouteTableStamp>().Select(s => s.Stamp).SingleAsync(Cancel);
    }
}
