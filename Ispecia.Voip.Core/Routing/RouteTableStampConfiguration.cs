namespace Ispecia.Voip.Core.Routing;

internal sealed class RouteTableStampConfiguration : IEntityTypeConfiguration<RouteTableStamp>
{
    public void Configure(EntityTypeBuilder<RouteTableStamp> builder)
    {
        builder.ToTable("RouteTableStamps");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new RouteTableStamp { Id = RouteTableStamp.RowId, Stamp = Guid.Empty });
    }
}
