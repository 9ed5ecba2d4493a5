using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.Reports;

/// <summary>
/// Call reports computed in the database: GROUP BY counts and averages per team and agent, the 90th-percentile wait
/// by a window function, and calls per hour for the charts (ADR-019). Agents get their own figures only.
/// </summary>
public sealed class ReportQueryService(IDbContextFactory<VoipDbContext> dbFactory)
{
    public const string NoTeam = "No team";
    public const string NoAgent = "Nobody (unanswered team calls)";

    public async Task<CallsReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var effective = filter.Effective();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sql = SqlFor(db);
        var (where, parameters) = Where(effective);

        var totals = await FiguresAsync(db, sql, ReportGrouping.Total, where, parameters, ct);
        var total = totals.Count == 1 ? totals[0].Figures : ReportFigures.None;
        var agents = await FiguresAsync(db, sql, ReportGrouping.ByAgent, where, parameters, ct);
        var teams = effective.Viewer.SeesEveryone ? await FiguresAsync(db, sql, ReportGrouping.ByTeam, where, parameters, ct) : [];
        var hours = await db.Database.SqlQueryRaw<ReportSeriesRow>(sql.Series(where), parameters).ToListAsync(ct);

        var agentNames = await AgentNamesAsync(db, agents.Select(a => a.Key), ct);
        var teamNames = await TeamNamesAsync(db, teams.Select(t => t.Key), ct);
        var hourOfDay = new long[24];
        foreach (var row in hours)
        {
            hourOfDay[(int)(row.Hour % 24)] += row.Calls;
        }

        return new CallsReport(
            effective.Range,
            total,
            Named(teams, key => key is not null && teamNames.TryGetValue(key, out var name) ? name : NoTeam),
            Named(agents, key => key is not null && agentNames.TryGetValue(key, out var name) ? name : NoAgent),
            ReportSeries.Build(effective.Range, hours),
            hourOfDay,
            [.. Enumerable.Range(0, 24).Where(h => hourOfDay[h] > 0).OrderByDescending(h => hourOfDay[h]).ThenBy(h => h).Take(3)]);
    }

    /// <summary>The dialect of <paramref name="db"/>'s provider (internal: tests read the plans of its queries).</summary>
    internal static ReportSql SqlFor(VoipDbContext db) =>
        new(db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true);

    /// <summary>The WHERE clause of every report query and its parameters, in the order of their {n} placeholders.</summary>
    internal static (string Where, object[] Parameters) Where(ReportFilter filter)
    {
        var parameters = new List<object> { filter.Range.From, filter.Range.To };
        var where = "c.\"StartedAt\" >= {0} AND c.\"StartedAt\" < {1}";
        if (filter.AgentUserId is { } agent)
        {
            where += $" AND c.\"AgentUserId\" = {{{parameters.Count}}}";
            parameters.Add(agent);
        }

        if (filter.TeamId is { } team)
        {
            var p = $"{{{parameters.Count}}}";
            where += $" AND (c.\"TeamId\" = {p} OR EXISTS (SELECT 1 FROM \"TeamMembers\" AS f WHERE f.\"TeamId\" = {p} AND f.\"UserId\" = c.\"AgentUserId\"))";
            parameters.Add(team);
        }

        return (where, [.. parameters]);
    }

    private static async Task<List<(string? Key, ReportFigures Figures)>> FiguresAsync(
        VoipDbContext db, ReportSql sql, ReportGrouping grouping, string where, object[] parameters, CancellationToken ct)
    {
        var rows = await db.Database.SqlQueryRaw<ReportFigureRow>(sql.Figures(grouping, where), parameters).ToListAsync(ct);
        var p90 = await db.Database.SqlQueryRaw<ReportKeyedValue>(sql.P90Wait(grouping, where), parameters).ToListAsync(ct);
        var p90ByKey = p90.ToDictionary(v => v.Key ?? "", v => v.Value);
        return [.. rows.Where(r => r.Calls > 0).Select(r => (r.Key, r.ToFigures(p90ByKey.GetValueOrDefault(r.Key ?? ""))))];
    }

    private static List<ReportRow> Named(List<(string? Key, ReportFigures Figures)> rows, Func<string?, string> name) =>
        [.. rows.Select(r => new ReportRow(r.Key, name(r.Key), r.Figures))
            .OrderByDescending(r => r.Figures.Calls).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];

    private static async Task<Dictionary<string, string>> AgentNamesAsync(VoipDbContext db, IEnumerable<string?> keys, CancellationToken ct)
    {
        var ids = keys.OfType<string>().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static async Task<Dictionary<string, string>> TeamNamesAsync(VoipDbContext db, IEnumerable<string?> keys, CancellationToken ct)
    {
        var ids = keys.OfType<string>().Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToList();
        return await db.Set<Team>().AsNoTracking().Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id.ToString(CultureInfo.InvariantCulture), t => t.Name, ct);
    }
}
