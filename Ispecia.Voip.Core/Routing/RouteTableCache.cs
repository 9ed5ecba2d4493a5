namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// The <see cref="CompiledRouteTable"/> of the stored routes, shared by every call this app instance takes. Each
/// call reads the one-row <see cref="RouteTableStamp"/> (a primary-key read) and gets the cached table while the
/// stamp is the one it was built from; when an admin has changed a route, here or on another instance, the stamp
/// differs and the table is rebuilt once, however many calls arrive together.
/// </summary>
public sealed class RouteTableCache
{
    // Compiled: every inbound call reads it.
    private static readonly PerModelQuery<Func<VoipDbContext, CancellationToken, Task<Guid>>> CurrentStamp = new(() =>
        EF.CompileAsyncQuery((VoipDbContext db, CancellationToken ct) => db.Set<RouteTableStamp>().AsNoTracking()
            .Where(s => s.Id == RouteTableStamp.RowId).Select(s => s.Stamp).FirstOrDefault()));

    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private volatile Built? current;

    /// <summary>The table for the routes stored now.</summary>
    /// <param name="db">The caller's context: the stamp, and the routes when they changed, are read through it.</param>
    /// <param name="ct">Cancels the reads.</param>
    public async Task<CompiledRouteTable> GetAsync(VoipDbContext db, CancellationToken ct)
    {
        // The stamp is read before the routes, never after: a change committed in between then leaves a newer stamp
        // than the table is labelled with, and the next call rebuilds, instead of a stale table passing as current.
        var stamp = await CurrentStamp.For(db)(db, ct);
        if (current is { } cached && cached.Stamp == stamp)
        {
            return cached.Table;
        }

        await rebuilding.WaitAsync(ct);
        try
        {
            if (current is { } rebuilt && rebuilt.Stamp == stamp)
            {
                return rebuilt.Table;
            }

            var routes = await db.InboundRoutes.AsNoTracking().ToListAsync(ct);
            var table = CompiledRouteTable.Build(routes);
            current = new Built(stamp, table);
            return table;
        }
        finally
        {
            rebuilding.Release();
        }
    }

    private sealed record Built(Guid Stamp, CompiledRouteTable Table);
}
