using Ispecia.Voip.Core.Setup;

namespace Ispecia.Voip.Web.Hosting;

/// <summary>
/// Before the server takes requests: applies migrations, makes sure the roles exist, and seeds the demo data
/// in simulator mode or Development (never for real Twilio in production).
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopeFactory,
    TelephonyMode mode,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await MigrateAsync(services.GetRequiredService<IDbContextFactory<VoipDbContext>>(), cancellationToken);
        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());

        if (mode.IsSimulator || environment.IsDevelopment())
        {
            var seeded = await services.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            StartupBanner.DemoDataReady = true;
            if (seeded)
            {
                logger.LogInformation("Demo data seeded");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IDbContextFactory<VoipDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
