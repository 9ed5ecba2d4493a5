namespace Ispecia.Voip.Core.Routing;

internal sealed class InboundRouteConfiguration : IEntityTypeConfiguration<InboundRoute>
{
    public void Configure(EntityTypeBuilder<InboundRoute> builder)
    {
        builder.ToTable("InboundRoutes");
        builder.Property(r => r.Name).HasMaxLength(InboundRoute.NameMaxLength);
        builder.Property(r => r.DidPattern).HasMaxLength(InboundRoute.PatternMaxLength);
        builder.Property(r => r.CallerIdPattern).HasMaxLength(InboundRoute.PatternMaxLength);
        builder.Property(r => r.DestinationNumber).HasMaxLength(InboundRoute.NumberMaxLength);
        builder.Property(r => r.FallbackNumber).HasMaxLength(InboundRoute.NumberMaxLength);
        builder.HasOne(r => r.DestinationUser).WithMany().HasForeignKey(r => r.DestinationUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.DestinationTeam).WithMany().HasForeignKey(r => r.DestinationTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Trunk).WithMany().HasForeignKey(r => r.TrunkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.IsActive, r.Priority });
    }
}
