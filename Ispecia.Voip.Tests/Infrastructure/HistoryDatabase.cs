using Ispecia.Voip.Core;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The real Core services on a fresh migrated SQLite file, with two agents ("u1", "u2") and a
/// <see cref="CallHistoryService"/>. A test class derives from it and gets a new database for every test.
/// </summary>
public abstract class HistoryDatabase : IAsyncLifetime
{
    private readonly string databasePath = VoipAppFactory.NewDatabasePath();
    private readonly ServiceProvider services;

    protected HistoryDatabase()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Voip"] = $"Data Source={databasePath}",
            ["Voip:DefaultRegion"] = "US",
        }).Build();
        services = new ServiceCollection().AddLogging().AddVoipCore(configuration, Path.GetTempPath()).BuildServiceProvider();
        History = new CallHistoryService(Db, services.GetRequiredService<PhoneNumberService>());
    }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected IDbContextFactory<VoipDbContext> Db => services.GetRequiredService<IDbContextFactory<VoipDbContext>>();

    protected CallHistoryService History { get; }

    protected static CallViewer Agent1 { get; } = new("u1", SeesEveryone: false);

    protected static CallViewer Supervisor { get; } = new("sup", SeesEveryone: true);

    public async ValueTask InitializeAsync()
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        await db.Database.MigrateAsync(Ct);
        db.Users.AddRange(
            new AppUser { Id = "u1", UserName = "u1", DisplayName = "Avery Agent" },
            new AppUser { Id = "u2", UserName = "u2", DisplayName = "Blake Agent" });
        await db.SaveChangesAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
        GC.SuppressFinalize(this);
    }

    /// <summary>An answered outbound call of agent u1 at <paramref name="startedAt"/>, changed by <paramref name="shape"/>.</summary>
    protected static Call NewCall(DateTime startedAt, Action<Call>? shape = null)
    {
        var call = new Call
        {
            CallSid = "CA" + Guid.NewGuid().ToString("N"),
            Direction = CallDirection.Outbound,
            Status = CallStatus.Completed,
            DialStatus = CallStatus.Completed,
            From = "client:agent1",
            To = "+12125550147",
            AgentUserId = "u1",
            StartedAt = startedAt,
            DurationSeconds = 60,
        };
        shape?.Invoke(call);
        return call;
    }

    protected async Task<List<int>> AddAsync(params Call[] calls)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        db.Calls.AddRange(calls);
        await db.SaveChangesAsync(Ct);
        return [.. calls.Select(c => c.Id)];
    }

    /// <summary>Every page of the filter, walked with the cursors the service hands out.</summary>
    protected async Task<List<CallHistoryItem>> AllPagesAsync(CallHistoryFilter filter, int limit)
    {
        var items = new List<CallHistoryItem>();
        CallHistoryCursor? after = null;
        for (var guard = 0; guard < 1000; guard++)
        {
            var page = await History.PageAsync(filter, after, limit, Ct);
            Assert.True(page.Items.Count <= limit);
            items.AddRange(page.Items);
            if (page.NextCursor is null)
            {
                return items;
            }

            Assert.True(CallHistoryCursor.TryParse(page.NextCursor, out var next));
            after = next;
        }

        throw new InvalidOperationException("Paging did not end.");
    }
}
