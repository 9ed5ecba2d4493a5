using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh SQLite file (schema from the real migrations, demo data seeded as in simulator mode).
/// Pass the same <paramref name="databasePath"/> to a second factory to "restart" on the same data.
/// </summary>
public sealed class VoipAppFactory(string? databasePath = null, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = databasePath ?? NewDatabasePath();

    /// <summary>Testing by default; browser tests run Development, where static web assets are served from the build.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>Keep the SQLite file when the app stops, to start another factory on the same data.</summary>
    public bool KeepDatabaseOnDispose { get; init; }

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "ispecia-voip-tests", $"{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Voip", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (KeepDatabaseOnDispose)
        {
            return;
        }

        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
