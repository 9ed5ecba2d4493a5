namespace Ispecia.Voip.Core.Trunks;

/// <summary>
/// The inbound routes that use a trunk, for the delete guard. A route names its trunk, so Routing sits above Trunks
/// (docs/architecture.md section 2) and implements this.
/// </summary>
public interface ITrunkRoutes
{
    /// <returns>The names of the routes that use this trunk, in priority order.</returns>
    Task<IReadOnlyList<string>> ForTrunkAsync(VoipDbContext db, int trunkId, CancellationToken ct);
}
