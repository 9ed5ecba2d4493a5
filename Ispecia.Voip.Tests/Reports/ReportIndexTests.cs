using System.Globalization;
using System.Data.Common;
using Ispecia.Voip.Core.Reports;

namespace Ispecia.Voip.Tests.Reports;

/// <summary>The report queries read a date range through an index instead of scanning every call.</summary>
public sealed class ReportIndexTests
{
    private static readonly ReportRange Week = ReportRange.Last7Days(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Queries => ["figures", "figures-by-team", "p90", "series", "figures-of-agent", "figures-of-team"];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task ReportQuery_OnSqlite_SearchesAnIndexForTheRange(string query)
    {
        var plan = await PlanAsync(DatabaseProvider.Sqlite, "EXPLAIN QUERY PLAN ", query);

        Assert.Contains(plan, line => Regex.IsMatch(line, @"^SEARCH c USING (COVERING )?INDEX IX_Calls_"));
        Assert.DoesNotContain(plan, line => Regex.IsMatch(line, @"^SCAN c\b"));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task ReportQuery_OnPostgres_ScansAnIndexForTheRange(string query)
    {
        // A few rows make a sequential scan the cheapest plan; forbidding it asks whether an index can serve the query.
        var plan = await PlanAsync(DatabaseProvider.Postgres, "EXPLAIN ", query, "SET enable_seqscan = off;");

        Assert.Contains(plan, line => line.Contains("Index", StringComparison.Ordinal) && line.Contains("IX_Calls_", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan on \"Calls\"", StringComparison.Ordinal));
    }

    private static async Task<List<string>> PlanAsync(DatabaseProvider provider, string explain, string query, string? setup = null)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await ProviderDatabase.CreateAsync(provider);
        await using var db = await database.Db.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        if (setup is not null)
        {
            await db.Database.ExecuteSqlRawAsync(setup, ct);
        }

        var sql = ReportQueryService.SqlFor(db);
        var filter = query switch
        {
            "figures-of-agent" => new ReportFilter(new CallViewer("u1", SeesEveryone: false), Week),
            "figures-of-team" => new ReportFilter(new CallViewer("sup", SeesEveryone: true), Week) { TeamId = 1 },
            _ => new ReportFilter(new CallViewer("sup", SeesEveryone: true), Week),
        };
        var (where, parameters) = ReportQueryService.Where(filter.Effective());
        var text = query switch
        {
            "figures-by-team" => sql.Figures(ReportGrouping.ByTeam, where),
            "p90" => sql.P90Wait(ReportGrouping.ByAgent, where),
            "series" => sql.Series(where),
            _ => sql.Figures(ReportGrouping.ByAgent, where),
        };

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = explain + string.Format(CultureInfo.InvariantCulture, text, [.. parameters.Select((_, i) => "@p" + i)]);
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = parameters[i];
            command.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // SQLite: id, parent, notused, detail; PostgreSQL: one line of text.
            plan.Add(reader.GetString(reader.FieldCount - 1).Trim().TrimStart('-', '>', ' '));
        }

        return plan;
    }
}
