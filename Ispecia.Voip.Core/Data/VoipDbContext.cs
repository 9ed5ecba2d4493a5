using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;
using Ispecia.Voip.Core.Recordings;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;
using Ispecia.Voip.Core.Webhooks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ispecia.Voip.Core.Data;

/// <summary>
/// The app's database. Each provider has a subclass that owns its migrations
/// (<see cref="SqliteVoipDbContext"/>, <see cref="PostgresVoipDbContext"/>); code depends on this type only.
/// </summary>
public abstract class VoipDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<VoipAccount> VoipAccounts => Set<VoipAccount>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<PhoneNumber> PhoneNumbers => Set<PhoneNumber>();

    public DbSet<Trunk> Trunks => Set<Trunk>();

    public DbSet<InboundRoute> InboundRoutes => Set<InboundRoute>();

    public DbSet<Call> Calls => Set<Call>();

    public DbSet<CallEvent> CallEvents => Set<CallEvent>();

    public DbSet<Recording> Recordings => Set<Recording>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<WebhookLogEntry> WebhookLog => Set<WebhookLogEntry>();

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
