using System.Data;
using Ispecia.Voip.Core;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ispecia.Voip.Tests.Data;

/// <summary>Every SQLite connection the app opens waits for locks itself; a file database runs write-ahead logging.</summary>
public sealed class SqliteConnectionSettingsTests
{
    [Fact]
    public async Task FileDatabase_ContextConnection_IsWalWithBusyTimeoutAndNormalSync()
    {
        var path = VoipAppFactory.NewDatabasePath();
        try
        {
            var pragmas = await PragmasAsync($"Data Source={path}");

            Assert.Equal(("wal", 5000L, 1L), pragmas);
            await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
            await raw.OpenAsync(TestContext.Current.CancellationToken);
            Assert.Equal("wal", await ScalarAsync(raw, "PRAGMA journal_mode;"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task FileDatabase_PooledConnectionOpenedAgain_KeepsTheSettingsSentOnItsFirstOpen()
    {
        var path = VoipAppFactory.NewDatabasePath();
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Voip"] = $"Data Source={path}",
            }).Build();
            await using var services = new ServiceCollection().AddLogging().AddVoipCore(configuration, Path.GetTempPath()).BuildServiceProvider();
            var factory = services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
            var handles = new List<object?>();
            var settings = new List<(object?, object?)>();
            for (var open = 0; open < 3; open++)
            {
                await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
                await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                handles.Add(connection.Handle);
                settings.Add((await ScalarAsync(connection, "PRAGMA busy_timeout;"), await ScalarAsync(connection, "PRAGMA synchronous;")));
            }

            Assert.Single(handles.Distinct());
            Assert.All(settings, s => Assert.Equal((5000L, 1L), s));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task SqliteContext_SeveralQueries_OpenItsConnectionOnceUntilDisposed()
    {
        var path = VoipAppFactory.NewDatabasePath();
        var opens = new OpenCounter();
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Voip"] = $"Data Source={path}",
            }).Build();
            await using var services = new ServiceCollection().AddLogging().AddSingleton<IInterceptor>(opens)
                .AddVoipCore(configuration, Path.GetTempPath()).BuildServiceProvider();
            var factory = services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
            for (var context = 0; context < 2; context++)
            {
                await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
                await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS t (x INTEGER);", TestContext.Current.CancellationToken);
                for (var query = 0; query < 3; query++)
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT 1;", TestContext.Current.CancellationToken);
                }

                Assert.Equal(ConnectionState.Open, db.Database.GetDbConnection().State);
            }

            Assert.Equal(2, opens.Opened);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=voip-settings-test;Mode=Memory;Cache=Shared")]
    public async Task InMemoryDatabase_KeepsItsJournal_AndGetsTheBusyTimeout(string connectionString)
    {
        var (journal, busyTimeout, _) = await PragmasAsync(connectionString);

        Assert.Equal("memory", journal);
        Assert.Equal(5000L, busyTimeout);
    }

    private static async Task<(object? Journal, object? BusyTimeout, object? Synchronous)> PragmasAsync(string connectionString)
    {
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ispecia-voip-tests"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Voip"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddVoipCore(configuration, Path.GetTempPath()).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();
        return (await ScalarAsync(connection, "PRAGMA journal_mode;"), await ScalarAsync(connection, "PRAGMA busy_timeout;"), await ScalarAsync(connection, "PRAGMA synchronous;"));
    }

    private sealed class OpenCounter : DbConnectionInterceptor
    {
        private int opened;

        public int Opened => opened;

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref opened);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref opened);
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
