namespace Ispecia.Voip.Core.Accounts;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
        builder.HasOne(u => u.VoipAccount).WithOne(a => a.User).HasForeignKey<VoipAccount>(a => a.UserId);
    }
}

internal sealed class VoipAccountConfiguration : IEntityTypeConfiguration<VoipAccount>
{
    public void Configure(EntityTypeBuilder<VoipAccount> builder)
    {
        builder.ToTable("VoipAccounts");
        builder.Property(a => a.Identity).HasMaxLength(VoipAccount.IdentityMaxLength);
        builder.Property(a => a.Extension).HasMaxLength(VoipAccount.ExtensionMaxLength);
        builder.Property(a => a.CallerId).HasMaxLength(VoipAccount.CallerIdMaxLength);
        builder.HasIndex(a => a.Identity).IsUnique();
        builder.HasIndex(a => a.Extension).IsUnique();
        builder.HasIndex(a => a.UserId).IsUnique();
    }
}
