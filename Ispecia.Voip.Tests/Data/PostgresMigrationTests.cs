using Ispecia.Voip.Core.Contacts;
using Npgsql;

namespace Ispecia.Voip.Tests.Data;

/// <summary>The PostgreSQL migrations apply on an empty database and the app runs on them (CI starts the server).</summary>
public sealed class PostgresMigrationTests
{
    [Fact]
    public async Task Start_OnEmptyPostgresDatabase_AppliesMigrationsSeedsAndServes()
    {
        var server = TestEnvironment.RequirePostgres();
        var database = $"voip_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString;
            await using (var factory = new VoipAppFactory(settings: new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Voip"] = connectionString,
            }))
            {
                var client = await factory.CreateClientForAsync(DemoAccounts.Agent1);
                var response = await client.GetAsync("/api/contacts?search=555&pageSize=3", TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);

                await using var db = await factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
                Assert.IsType<PostgresVoipDbContext>(db);
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
                Assert.Equal(50, await db.Contacts.CountAsync(TestContext.Current.CancellationToken));
            }
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
