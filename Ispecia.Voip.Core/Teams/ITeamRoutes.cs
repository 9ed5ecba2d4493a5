namespace Ispecia.Voip.Core.Teams;

/// <summary>
/// The inbound routes that send calls to teams, for the Teams page and its delete guard. A route names its team,
/// so Routing sits above Teams (docs/architecture.md section 2) and implements this.
/// </summary>
public interface ITeamRoutes
{
    /// <returns>Every route that rings a team, in priority order.</returns>
    Task<IReadOnlyList<(int TeamId, string RouteName)>> AllAsync(VoipDbContext db, CancellationToken ct);

    /// <returns>The names of the routes that ring this team, in priority order.</returns>
    Task<IReadOnlyList<string>> ForTeamAsync(VoipDbContext db, int teamId, CancellationToken ct);
}
