using Microsoft.Data.Sqlite;

namespace Ispecia.Voip.Load.Harness;

/// <summary>
/// Bulk rows written straight into a stopped app's SQLite file (the app created, migrated and seeded it first), in the
/// shape the app itself stores: enums by name, UTC timestamps as text, the stored result word consistent with the
/// fields it is derived from.
/// </summary>
public static class DatabaseSeed
{
    /// <summary>
    /// Adds inbound routes until there are <paramref name="total"/>: exact DIDs of another area code and prefixes of
    /// other countries, none matching the demo DIDs, each a higher priority number (tried later) than the demo routes.
    /// </summary>
    public static async Task AddRoutesAsync(string databasePath, int total)
    {
        await using var db = await OpenAsync(databasePath);
        var existing = Convert.ToInt32(await Scalar(db, "SELECT COUNT(*) FROM InboundRoutes"), CultureInfo.InvariantCulture);
        await using var transaction = db.BeginTransaction();
        await using var insert = db.CreateCommand();
        insert.CommandText = """
            INSERT INTO InboundRoutes (Name, DidPattern, Destination, RingTimeoutSeconds, Fallback, Priority, IsActive)
            VALUES ($name, $pattern, 'Voicemail', 20, 'Voicemail', $priority, 1)
            """;
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var pattern = insert.Parameters.Add("$pattern", SqliteType.Text);
        var priority = insert.Parameters.Add("$priority", SqliteType.Integer);
        for (var i = existing; i < total; i++)
        {
            name.Value = $"Load route {i}";
            pattern.Value = i % 7 == 0 ? $"+44{i % 100000:00000}*" : $"+1628{i:0000000}";
            priority.Value = 10 + i;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await CheckpointAsync(db);
    }

    /// <summary>
    /// Adds <paramref name="count"/> past calls of the two demo agents, one every 30 s back from now, in one statement:
    /// about 84% completed (half inbound, half outbound), 8% missed, 3% voicemail, 2% busy, 3% no-answer, and
    /// <see cref="RareResultPerTenThousand"/> in 10,000 failed (the rare result history is filtered by).
    /// </summary>
    public static async Task AddCallsAsync(string databasePath, int count)
    {
        await using var db = await OpenAsync(databasePath);
        await using var transaction = db.BeginTransaction();
        await using var insert = db.CreateCommand();
        insert.CommandText = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count),
            agents AS (SELECT
                (SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'AGENT1@ISPECIA.LOCAL') AS a1,
                (SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'AGENT2@ISPECIA.LOCAL') AS a2),
            shaped AS (SELECT i, (i * 7919) % 10000 AS b FROM n)
            INSERT INTO Calls (CallSid, Direction, Status, DialStatus, "From", "To", AgentUserId, StartedAt, AnsweredAt, EndedAt,
                DurationSeconds, LastSequenceNumber, IsMissed, HasVoicemail, Result)
            SELECT
                printf('CAload%028d', i),
                CASE WHEN b < $rare THEN 'Outbound' WHEN b < 1100 THEN 'Inbound' WHEN b < 1600 THEN 'Outbound'
                     WHEN i % 2 = 0 THEN 'Inbound' ELSE 'Outbound' END,
                CASE WHEN b >= $rare AND b < 800 THEN 'NoAnswer' ELSE 'Completed' END,
                CASE WHEN b < $rare THEN 'Failed' WHEN b < 1100 THEN NULL WHEN b < 1300 THEN 'Busy' WHEN b < 1600 THEN 'NoAnswer'
                     WHEN i % 2 = 0 THEN NULL ELSE 'Completed' END,
                CASE WHEN b < $rare OR (b >= 1100 AND b < 1600) OR (b >= 1600 AND i % 2 = 1) THEN 'client:agent' || (1 + i % 2)
                     ELSE printf('+1646555%04d', i % 10000) END,
                CASE WHEN b < $rare OR (b >= 1100 AND b < 1600) OR (b >= 1600 AND i % 2 = 1) THEN printf('+1212555%04d', i % 10000)
                     ELSE '+1415555010' || (1 + i % 2) END,
                CASE WHEN i % 2 = 0 THEN agents.a1 ELSE agents.a2 END,
                strftime('%Y-%m-%d %H:%M:%S', $now, '-' || (i * 30) || ' seconds'),
                CASE WHEN b >= 1600 THEN strftime('%Y-%m-%d %H:%M:%S', $now, '-' || (i * 30 - 5) || ' seconds') END,
                strftime('%Y-%m-%d %H:%M:%S', $now, '-' || (i * 30 - 65) || ' seconds'),
                CASE WHEN b >= 1600 THEN 60 ELSE 0 END,
                3,
                CASE WHEN b >= $rare AND b < 1100 THEN 1 ELSE 0 END,
                CASE WHEN b >= 800 AND b < 1100 THEN 1 ELSE 0 END,
                CASE WHEN b < $rare THEN 'Failed' WHEN b < 800 THEN 'Missed' WHEN b < 1100 THEN 'Voicemail' WHEN b < 1300 THEN 'Busy'
                     WHEN b < 1600 THEN 'NoAnswer' ELSE 'Completed' END
            FROM shaped, agents
            """;
        insert.Parameters.AddWithValue("$count", count);
        insert.Parameters.AddWithValue("$rare", RareResultPerTenThousand);
        insert.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        insert.CommandTimeout = 0;
        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        await CheckpointAsync(db);
    }

    /// <summary>How many calls in 10,000 have the rare result ("failed").</summary>
    public const int RareResultPerTenThousand = 2;

    /// <summary>How many calls of each result the file holds (checks the spread the app will read).</summary>
    public static async Task<Dictionary<string, long>> ResultSpreadAsync(string databasePath)
    {
        await using var db = await OpenAsync(databasePath);
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT Result, COUNT(*) FROM Calls GROUP BY Result ORDER BY 2 DESC";
        await using var reader = await query.ExecuteReaderAsync();
        var spread = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            spread[reader.GetString(0)] = reader.GetInt64(1);
        }

        return spread;
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath)
    {
        var db = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await db.OpenAsync();
        await using var pragma = db.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;";
        await pragma.ExecuteNonQueryAsync();
        return db;
    }

    private static async Task CheckpointAsync(SqliteConnection db)
    {
        await using var checkpoint = db.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
