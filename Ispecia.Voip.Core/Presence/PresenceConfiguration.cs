namespace Ispecia.Voip.Core.Presence;

internal sealed class AgentPresenceConfiguration : IEntityTypeConfiguration<AgentPresence>
{
    public void Configure(EntityTypeBuilder<AgentPresence> builder)
    {
        builder.ToTable("AgentPresences");
        builder.HasKey(p => p.UserId);
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PresenceChangeConfiguration : IEntityTypeConfiguration<PresenceChange>
{
    public void Configure(EntityTypeBuilder<PresenceChange> builder)
    {
        builder.ToTable("PresenceChanges");
        builder.Property(c => c.UserId).HasMaxLength(450);
        // Reports read one agent's changes over a date range.
        builder.HasIndex(c => new { c.UserId, c.At });
        builder.HasIndex(c => c.At);
    }
}
