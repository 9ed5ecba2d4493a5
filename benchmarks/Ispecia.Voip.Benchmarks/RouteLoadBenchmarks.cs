using Ispecia.Voip.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ispecia.Voip.Benchmarks;

/// <summary>
/// What the voice webhook reads from the database to route a call, with 10,000 routes stored in a SQLite file:
/// before the compiled table, every route on every call; now the route stamp, with the cached table reused while the
/// stamp is unchanged. Both open a context, as the webhook does for each call.
/// </summary>
[MemoryDiagnoser]
public class RouteLoadBenchmarks
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"voip-bench-{Guid.NewGuid():N}.db");
    private ServiceProvider services = null!;
    private IDbContextFactory<VoipDbContext> dbFactory = null!;
    private RouteTableCache cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Voip"] = $"Data Source={databasePath}" })
            .Build();
        services = new ServiceCollection().AddVoipDatabase(configuration, Path.GetTempPath()).BuildServiceProvider();
        dbFactory = services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
        using var db = dbFactory.CreateDbContext();
        db.Database.Migrate();
        db.Set<InboundRoute>().AddRange(BenchmarkRoutes.Create(10_000));
        RouteTableStamp.Renew(db);
        db.SaveChanges();
        cache = new RouteTableCache();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> LoadEveryRoute()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return (await db.Set<InboundRoute>().AsNoTracking().ToListAsync()).Count;
    }

    /// <summary>The floor: a context and the smallest query, which every call pays whatever it reads.</summary>
    [Benchmark]
    public async Task<int> OpenContextAndSelectOne()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<int>("SELECT 1 AS Value").SingleAsync();
    }

    [Benchmark]
    public async Task<int> ReadStampAndCachedTable()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return (await cache.GetAsync(db, CancellationToken.None)).Count;
    }
}
