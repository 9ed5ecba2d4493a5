namespace Ispecia.Voip.Core.Calls;

internal sealed class RecordingConfiguration : IEntityTypeConfiguration<Recording>
{
    public void Configure(EntityTypeBuilder<Recording> builder)
    {
        builder.ToTable("Recordings");
        builder.Property(r => r.RecordingSid).HasMaxLength(Recording.SidMaxLength);
        builder.Property(r => r.Status).HasMaxLength(Recording.StatusMaxLength);
        builder.HasIndex(r => r.RecordingSid).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}
