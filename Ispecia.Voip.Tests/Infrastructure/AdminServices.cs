using Ispecia.Voip.Core;
using Microsoft.AspNetCore.DataProtection;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The admin services as the app registers them (Core, Identity, Data Protection)
/// on a fresh migrated SQLite file, with helpers that build each test's own data.
/// </summary>
public sealed class AdminServices : IAsyncDisposable
{
    public static readonly AuditActor Admin = new("admin-id", "admin@ispecia.local");

    private readonly string databasePath;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly bool ownsDatabase;

    private AdminServices(IReadOnlyDictionary<string, string?> settings, string databasePath, bool ownsDatabase)
    {
        (this.settings, this.databasePath, this.ownsDatabase) = (settings, databasePath, ownsDatabase);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Voip"] = $"Data Source={databasePath}",
            ["Voip:DefaultRegion"] = "US",
        }.Concat(settings)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVoipCore(configuration, Path.GetTempPath());
        services.AddIdentityCore<AppUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<VoipDbContext>();
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        Provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public ServiceProvider Provider { get; }

    public IDbContextFactory<VoipDbContext> Db => Provider.GetRequiredService<IDbContextFactory<VoipDbContext>>();

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public static async Task<AdminServices> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = new AdminServices(settings ?? new Dictionary<string, string?>(), VoipAppFactory.NewDatabasePath(), ownsDatabase: true);
        await using var db = await services.Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return services;
    }

    /// <summary>
    /// A second app instance on the same database file, with its own singletons, as another server behind the load
    /// balancer would be. Disposing it leaves the file to this one.
    /// </summary>
    public AdminServices AnotherInstance() => new(settings, databasePath, ownsDatabase: false);

    /// <summary>A user straight in the database (no password), optionally with a VoIP account.</summary>
    public async Task<string> AddUserAsync(string displayName, string? identity = null, string? extension = null)
    {
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var email = $"{displayName.Replace(' ', '.').ToLowerInvariant()}@example.com";
        var user = new AppUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = displayName, SecurityStamp = Guid.NewGuid().ToString(),
        };
        if (identity is not null)
        {
            user.VoipAccount = new VoipAccount { Identity = identity, Extension = extension };
        }

        db.Users.Add(user);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user.Id;
    }

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.AuditEntries.OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        if (ownsDatabase)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(databasePath);
        }
    }
}
