using System.Globalization;
using System.Diagnostics;
using Npgsql;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// scripts/cluster.sh as an operator runs it: two app instances in Twilio mode (test credentials) on one PostgreSQL
/// database and one Redis, behind nginx with sticky sessions. Each cluster gets its own database, ports and folder.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;

    private LocalCluster(Dictionary<string, string> environment, string databaseConnectionString)
    {
        this.environment = environment;
        DatabaseConnectionString = databaseConnectionString;
    }

    /// <summary>nginx: where people and Twilio reach the app, and the origin webhooks are signed for.</summary>
    public string PublicUrl => $"http://127.0.0.1:{environment["CLUSTER_PORT"]}";

    public string DatabaseConnectionString { get; }

    public string InstanceUrl(char instance) => $"http://127.0.0.1:{environment[instance == 'a' ? "CLUSTER_PORT_A" : "CLUSTER_PORT_B"]}";

    /// <summary>Starts one, or skips the test (fails it with CI=true) when nginx or redis-server is missing.</summary>
    public static async Task<LocalCluster> StartAsync()
    {
        RequireExecutable("/usr/sbin/nginx", "nginx");
        RequireExecutable("/usr/bin/redis-server", "redis-server");
        var database = await CreateDatabaseAsync(TestEnvironment.RequirePostgres());
        var folder = Path.Combine(Path.GetTempPath(), "voip-cluster-" + Guid.NewGuid().ToString("N")[..8]);
        var environment = new Dictionary<string, string>(TwilioModeApp.Settings()
            .Where(s => s.Value is not null)
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!))
        {
            ["CLUSTER_DIR"] = folder,
            ["CLUSTER_PORT"] = RedisServer.FreePort().ToString(CultureInfo.InvariantCulture),
            ["CLUSTER_PORT_A"] = RedisServer.FreePort().ToString(CultureInfo.InvariantCulture),
            ["CLUSTER_PORT_B"] = RedisServer.FreePort().ToString(CultureInfo.InvariantCulture),
            ["CLUSTER_REDIS_PORT"] = RedisServer.FreePort().ToString(CultureInfo.InvariantCulture),
            ["ConnectionStrings__Voip"] = database,
            // The cluster tests post webhooks for agents without a softphone page, which presence would call Offline.
            ["Presence__RingOfflineAgents"] = "true",
        };
        var cluster = new LocalCluster(environment, database);
        environment["Voip__PublicBaseUrl"] = cluster.PublicUrl;
        await cluster.RunScriptAsync("start");
        return cluster;
    }

    /// <summary>Kills an instance at once (SIGKILL): no graceful stop, no drain.</summary>
    public void Kill(char instance)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(environment["CLUSTER_DIR"], $"{instance}.pid")).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        await RunScriptAsync("stop");
    }

    private async Task RunScriptAsync(string command)
    {
        var script = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../scripts/cluster.sh"));
        var start = new ProcessStartInfo("bash", [script, command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (process.ExitCode != 0)
        {
            var logs = string.Join("\n", new[] { "a", "b" }.Select(i => Path.Combine(environment["CLUSTER_DIR"], $"{i}.log"))
                .Where(File.Exists).Select(f => $"--- {f}\n{string.Join('\n', File.ReadLines(f).TakeLast(40))}"));
            throw new InvalidOperationException($"scripts/cluster.sh {command} failed ({process.ExitCode}):\n{await output}\n{await errors}\n{logs}");
        }
    }

    private static async Task<string> CreateDatabaseAsync(string server)
    {
        var name = "voip_cluster_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static void RequireExecutable(string path, string package)
    {
        if (File.Exists(path))
        {
            return;
        }

        if (TestEnvironment.IsCi)
        {
            Assert.Fail($"CI=true but {path} is missing: .ci/run must install {package}.");
        }

        Assert.Skip($"Install {package} (apt-get install -y {package}) to run the cluster tests.");
    }
}
