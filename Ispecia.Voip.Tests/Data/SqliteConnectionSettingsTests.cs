using Ispecia.Voip.Core;

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

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
