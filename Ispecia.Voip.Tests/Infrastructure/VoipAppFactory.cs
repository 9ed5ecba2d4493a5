using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

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

    /// <summary>Replaces or adds services after the app's own registrations (ConfigureTestServices).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

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
        // Every test client comes from one address and many sign in as the same demo user; SignInRateLimitTests set
        // the limits they test.
        builder.UseSetting("Security:SignIn:AttemptsPerClientPerMinute", "100000");
        builder.UseSetting("Security:SignIn:AttemptsPerAccountPerMinute", "100000");
        // Most tests ring devices registered without a softphone page, which presence would call Offline; the presence
        // tests turn this off to test exactly that.
        builder.UseSetting("Presence:RingOfflineAgents", "true");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } testServices)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <summary>Polls the database until the call matching <paramref name="predicate"/> satisfies <paramref name="done"/>.</summary>
    public async Task<Call> WaitForCallAsync(Func<Call, bool> predicate, Func<Call, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        Call? last = null;
        while (DateTime.UtcNow < deadline)
        {
            await using var db = await Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            var calls = await db.Calls.AsNoTracking().Include(c => c.Recordings).Include(c => c.Events)
                .Where(c => c.StartedAt > DateTime.UtcNow.AddMinutes(-5)).ToListAsync(TestContext.Current.CancellationToken);
            last = calls.Where(predicate).OrderByDescending(c => c.Id).FirstOrDefault();
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail(last is null ? "No matching call was stored." : $"Call {last.CallSid} stayed {last.Status}/{last.DialStatus}, missed={last.IsMissed}, voicemail={last.HasVoicemail}, recordings={last.Recordings.Count}.");
        return null!;
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
