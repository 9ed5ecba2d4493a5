namespace Ispecia.Voip.Core.Trunks;

internal sealed class TrunkConfiguration : IEntityTypeConfiguration<Trunk>
{
    public void Configure(EntityTypeBuilder<Trunk> builder)
    {
        builder.ToTable("Trunks");
        builder.Property(t => t.Name).HasMaxLength(Trunk.NameMaxLength);
        builder.Property(t => t.Host).HasMaxLength(Trunk.HostMaxLength);
        builder.Property(t => t.Username).HasMaxLength(Trunk.UsernameMaxLength);
        // Ciphertext of a password of at most PasswordMaxLength characters.
        builder.Property(t => t.PasswordProtected).HasMaxLength(1024);
        builder.Property(t => t.AllowedIps).HasMaxLength(Trunk.AllowedIpsMaxLength);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
