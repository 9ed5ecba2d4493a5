using Ispecia.Voip.Core;
using MudBlazor.Services;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// bUnit context for our components: MudBlazor services with loose JS interop (MudBlazor's own JS), the real Core
/// services on a fresh migrated SQLite file, and a signed-in agent.
/// </summary>
public abstract class VoipComponentTestContext : BunitContext, IAsyncLifetime
{
    private readonly string databasePath = VoipAppFactory.NewDatabasePath();

    protected VoipComponentTestContext()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Voip"] = $"Data Source={databasePath}",
            ["Voip:DefaultRegion"] = "US",
        }).Build();
        Services.AddVoipCore(configuration, Path.GetTempPath());
        Services.AddSoftphone();
        Services.AddSingleton<Ispecia.Voip.Web.Calls.Events.CallEventsFeed>();
        AddAuthorization().SetAuthorized("agent1@ispecia.local").SetRoles("Agent");
    }

    protected IDbContextFactory<VoipDbContext> Db => Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();

    public async ValueTask InitializeAsync()
    {
        // Every service is registered by now. As in the app once the circuit is live; a prerender test overrides it.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(databasePath);
    }
}
