namespace Ispecia.Voip.Core.Presence;

/// <summary>
/// The tables of this feature on the app's database context (see CallTables for why they are declared here). Inside a
/// LINQ expression write <c>db.Set&lt;T&gt;()</c> instead.
/// </summary>
public static class PresenceTables
{
    extension(VoipDbContext db)
    {
        public DbSet<AgentPresence> AgentPresences => db.Set<AgentPresence>();

        public DbSet<PresenceChange> PresenceChanges => db.Set<PresenceChange>();
    }
}
