namespace Ispecia.Voip.Core.Calls;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("Calls");
        builder.Property(c => c.CallSid).HasMaxLength(Call.SidMaxLength);
        builder.Property(c => c.ParentCallSid).HasMaxLength(Call.SidMaxLength);
        builder.Property(c => c.From).HasMaxLength(Call.NumberMaxLength);
        builder.Property(c => c.To).HasMaxLength(Call.NumberMaxLength);
        builder.Property(c => c.CallerIdUsed).HasMaxLength(Call.NumberMaxLength);
        builder.Property(c => c.FailureReason).HasMaxLength(Call.FailureReasonMaxLength);
        builder.Property(c => c.Notes).HasMaxLength(Call.NotesMaxLength);
        builder.Property(c => c.LastSequenceNumber).IsConcurrencyToken();
        builder.HasIndex(c => c.CallSid).IsUnique();
        // History by agent (newest first), by time, by result (newest first within it), by status.
        builder.HasIndex(c => new { c.AgentUserId, c.StartedAt, c.Id });
        builder.HasIndex(c => new { c.StartedAt, c.Id });
        builder.HasIndex(c => new { c.Result, c.StartedAt, c.Id });
        builder.HasIndex(c => c.Status);
        // Reports and history filtered by team over a date range.
        builder.HasIndex(c => new { c.TeamId, c.StartedAt });
        builder.HasOne(c => c.Agent).WithMany().HasForeignKey(c => c.AgentUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Contact).WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Lead).WithMany().HasForeignKey(c => c.LeadId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Team).WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Route).WithMany().HasForeignKey(c => c.RouteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Trunk).WithMany().HasForeignKey(c => c.TrunkId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Events).WithOne(e => e.Call).HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Recordings).WithOne(r => r.Call).HasForeignKey(r => r.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CallEventConfiguration : IEntityTypeConfiguration<CallEvent>
{
    public void Configure(EntityTypeBuilder<CallEvent> builder)
    {
        builder.ToTable("CallEvents");
        builder.Property(e => e.Kind).HasMaxLength(CallEvent.KindMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(CallEvent.DetailMaxLength);
        builder.HasIndex(e => new { e.CallId, e.At });
    }
}
