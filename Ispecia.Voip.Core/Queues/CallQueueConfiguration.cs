using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Core.Queues;

internal sealed class CallQueueConfiguration : IEntityTypeConfiguration<CallQueue>
{
    public void Configure(EntityTypeBuilder<CallQueue> builder)
    {
        builder.ToTable("CallQueues");
        builder.Property(q => q.Name).HasMaxLength(CallQueue.NameMaxLength);
        builder.Property(q => q.HoldMusicUrl).HasMaxLength(CallQueue.UrlMaxLength);
        builder.Property(q => q.MaxWaitNumber).HasMaxLength(CallQueue.NumberMaxLength);
        builder.HasIndex(q => q.Name).IsUnique();
        builder.HasOne(q => q.Team).WithMany().HasForeignKey(q => q.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(q => q.MaxWaitUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teams.Team>().WithMany().HasForeignKey(q => q.MaxWaitTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(q => q.TwilioName);
        builder.Ignore(q => q.HoldMusic);
        // Routing names queues by id only (it sits beneath this feature); the keys that keep a used queue are declared here.
        builder.HasMany<InboundRoute>().WithOne().HasForeignKey(r => r.DestinationQueueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany<InboundRoute>().WithOne().HasForeignKey(r => r.FallbackQueueId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CallQueueMemberConfiguration : IEntityTypeConfiguration<CallQueueMember>
{
    public void Configure(EntityTypeBuilder<CallQueueMember> builder)
    {
        builder.ToTable("CallQueueMembers");
        builder.HasKey(m => new { m.QueueId, m.UserId });
        builder.HasOne(m => m.Queue).WithMany(q => q.Members).HasForeignKey(m => m.QueueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QueueEntryConfiguration : IEntityTypeConfiguration<QueueEntry>
{
    public void Configure(EntityTypeBuilder<QueueEntry> builder)
    {
        builder.ToTable("QueueEntries");
        builder.Property(e => e.CallSid).HasMaxLength(Call.SidMaxLength);
        builder.Property(e => e.Caller).HasMaxLength(Call.NumberMaxLength);
        builder.Property(e => e.CallerName).HasMaxLength(QueueEntry.CallerNameMaxLength);
        builder.Property(e => e.TwilioQueueSid).HasMaxLength(Call.SidMaxLength);
        builder.Property(e => e.RingingCallSid).HasMaxLength(Call.SidMaxLength);
        builder.Property(e => e.RungUserIds).HasMaxLength(4000);
        builder.HasOne(e => e.Queue).WithMany().HasForeignKey(e => e.QueueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Call).WithMany().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.AnsweredBy).WithMany().HasForeignKey(e => e.AnsweredByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Ispecia.Voip.Core.Contacts.Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.QueueId, e.Outcome, e.EnqueuedAt });
        builder.HasIndex(e => e.CallSid);
    }
}
