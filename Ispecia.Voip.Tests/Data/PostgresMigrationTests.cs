using Ispecia.Voip.Core.Contacts;
using Npgsql;

namespace Ispecia.Voip.Tests.Data;

/// <summary>The PostgreSQL migrations apply on an empty database and the app runs on them (CI starts the server).</summary>
public sealed class PostgresMigrationTests
{
    [Fact]
    public async Task Start_OnEmptyPostgresDatabase_AppliesMigrationsSeedsAndServes()
    {
        await OnNewDatabaseAsync(async factory =>
        {
            var client = await factory.CreateClientForAsync(DemoAccounts.Agent1);
            var response = await client.GetAsync("/api/contacts?search=555&pageSize=3", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            await using var db = await factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            Assert.IsType<PostgresVoipDbContext>(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.Equal(50, await db.Contacts.CountAsync(TestContext.Current.CancellationToken));
        });
    }

    [Fact]
    public async Task RouteTableCache_OnPostgres_UsesARouteChangeOnTheNextCall()
    {
        await OnNewDatabaseAsync(async factory =>
        {
            var ct = TestContext.Current.CancellationToken;
            var cache = factory.Services.GetRequiredService<RouteTableCache>();
            await using var db = await factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(ct);
            Assert.Equal("Main line", (await cache.GetAsync(db, ct)).Match(DemoDataSeeder.MainLineDid, null)?.Name);
            Assert.Null((await cache.GetAsync(db, ct)).Match("+13125550199", null));

            await factory.Services.GetRequiredService<InboundRouteService>().CreateAsync(
                new InboundRouteRequest { Name = "Chicago", DidPattern = "+1312*", Destination = RouteDestination.Hangup }, AdminServices.Admin, ct);

            Assert.Equal("Chicago", (await cache.GetAsync(db, ct)).Match("+13125550199", null)?.Name);
        });
    }

    /// <summary>Runs <paramref name="test"/> against the app on a database of its own, created and dropped here.</summary>
    private static async Task OnNewDatabaseAsync(Func<VoipAppFactory, Task> test)
    {
        var server = TestEnvironment.RequirePostgres();
        var database = $"voip_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString;
            await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Voip"] = connectionString,
            });
            await test(factory);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
