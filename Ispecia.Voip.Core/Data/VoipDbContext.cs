using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Ispecia.Voip.Core.Data;

/// <summary>
/// The app's database. Each provider has a subclass that owns its migrations
/// (<see cref="SqliteVoipDbContext"/>, <see cref="PostgresVoipDbContext"/>); code depends on this type only.
/// It names no feature: each feature maps its entities with an IEntityTypeConfiguration (found here by assembly
/// scan) and declares its tables as extension properties beside them (e.g. ContactTables), so features depend on
/// Data and never the reverse. The one exception is the identity user, which Identity's base context must name.
/// </summary>
public abstract class VoipDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VoipDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in both databases and safe to reorder.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(20);
        // Every timestamp is UTC; read values come back with Kind=Utc on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
