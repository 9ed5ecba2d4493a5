using Ispecia.Voip.Core.Calls.History;

namespace Ispecia.Voip.Tests.Calls.History;

/// <summary>History filtered by result reads the (Result, StartedAt, Id) index instead of scanning every call.</summary>
public sealed class CallResultIndexTests
{
    private const string Index = "IX_Calls_Result_StartedAt_Id";

    [Fact]
    public async Task HistoryPageFilteredByResult_OnSqlite_SearchesTheResultIndex()
    {
        var plan = await PlanAsync(DatabaseProvider.Sqlite, "EXPLAIN QUERY PLAN ");

        Assert.True(plan.Any(line => line.Contains($"USING INDEX {Index}", StringComparison.Ordinal)
            || line.Contains($"USING COVERING INDEX {Index}", StringComparison.Ordinal)), string.Join("\n", plan));
        Assert.DoesNotContain(plan, line => Regex.IsMatch(line, @"^SCAN (c|Calls)\b"));
        // The index gives the newest-first order too: no sort of the matching calls.
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HistoryPageFilteredByResult_OnPostgres_ScansTheResultIndex()
    {
        // A few rows make a sequential scan the cheapest plan; forbidding it asks whether an index can serve the query.
        var plan = await PlanAsync(DatabaseProvider.Postgres, "EXPLAIN ", "SET enable_seqscan = off;");

        Assert.True(plan.Any(line => line.Contains(Index, StringComparison.Ordinal)), string.Join("\n", plan));
    }

    private static async Task<List<string>> PlanAsync(DatabaseProvider provider, string explain, string? setup = null)
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

        var filter = new CallHistoryFilter(new CallViewer("sup", SeesEveryone: true)) { Result = CallResult.Busy };
        var query = CallHistoryService.PageQuery(db, filter, after: null, take: CallHistoryService.DefaultLimit + 1);
        Assert.Contains("\"Result\"", query.ToQueryString(), StringComparison.Ordinal);
        await using var command = query.CreateDbCommand();
        command.CommandText = explain + command.CommandText;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // SQLite: id, parent, notused, detail; PostgreSQL: one line of text.
            plan.Add(reader.GetString(reader.FieldCount - 1));
        }

        return plan;
    }
}
