namespace Ispecia.Voip.Core.Queues;

/// <summary>The tables of this feature on the app's database context (see TeamTables for why they live here).</summary>
public static class QueueTables
{
    extension(VoipDbContext db)
    {
        public DbSet<CallQueue> CallQueues => db.Set<CallQueue>();

        public DbSet<CallQueueMember> CallQueueMembers => db.Set<CallQueueMember>();

        public DbSet<QueueEntry> QueueEntries => db.Set<QueueEntry>();
    }
}
