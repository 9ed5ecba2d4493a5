using Ispecia.Voip.Core;
using Npgsql;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// An empty database behind the real Core registration, not yet migrated: a fresh SQLite file, or a fresh PostgreSQL
/// database on <see cref="TestEnvironment.PostgresConnectionString"/> (the test skips without one, and fails under CI).
/// </summary>
public sealed class ProviderDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Func<Task> drop;

    private ProviderDatabase(string connectionString, DatabaseProvider provider, Func<Task> drop)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Voip"] = connectionString,
        }).Build();
        services = new ServiceCollection().AddLogging().AddVoipCore(configuration, Path.GetTempPath()).BuildServiceProvider();
        this.drop = drop;
    }

    public IDbContextFactory<VoipDbContext> Db => services.GetRequiredService<IDbContextFactory<VoipDbContext>>();

    public static async Task<ProviderDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = VoipAppFactory.NewDatabasePath();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new ProviderDatabase($"Data Source={path}", provider, () =>
            {
                SqliteConnection.ClearAllPools();
                File.Delete(path);
                return Task.CompletedTask;
            });
        }

        var server = TestEnvironment.RequirePostgres();
        var database = $"voip_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString;
        return new ProviderDatabase(connectionString, provider, () => ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"));
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await drop();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
