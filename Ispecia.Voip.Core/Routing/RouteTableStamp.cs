namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// The one row that says which version of the inbound routes is stored. Every change to the routes writes a new
/// <see cref="Stamp"/> in the same transaction (<see cref="Renew"/>), so each app instance sharing the database
/// compares it with the stamp its <see cref="RouteTableCache"/> was built from and rebuilds when they differ
/// (docs/architecture.md section 11). A fresh random value rather than a counter: two instances saving at once cannot
/// both write the same next number, so no change goes unseen.
/// </summary>
public sealed class RouteTableStamp
{
    /// <summary>The id of the single row, which the migration creates.</summary>
    public const int RowId = 1;

    public int Id { get; set; }

    public Guid Stamp { get; set; }

    /// <summary>Gives the routes a new stamp, written by <paramref name="db"/>'s next save together with the route change.</summary>
    public static void Renew(VoipDbContext db)
    {
        // Attached rather than read: the update needs no query, and the row always exists.
        var row = db.Set<RouteTableStamp>().Local.FirstOrDefault(s => s.Id == RowId)
            ?? db.Set<RouteTableStamp>().Attach(new RouteTableStamp { Id = RowId }).Entity;
        row.Stamp = Guid.NewGuid();
    }
}
