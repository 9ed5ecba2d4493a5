using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ispecia.Voip.Core.Data;

/// <summary>
/// SQLite settings every connection needs, applied when it opens. <c>busy_timeout</c> makes SQLite itself wait for a
/// lock held by another connection: without it Microsoft.Data.Sqlite retries SQLITE_BUSY with Thread.Sleep(150),
/// which under concurrent webhooks was most of their time. Write-ahead logging lets readers run beside the writer;
/// the journal mode is stored in the file, so it is set once, on the first connection. <c>synchronous=NORMAL</c> (per
/// connection) syncs at checkpoints instead of every commit: with WAL an application crash loses nothing and a power
/// cut may lose the last commits but never corrupts the file.
/// An in-memory database has no WAL and keeps its default journal.
/// The settings belong to the native connection, which Microsoft.Data.Sqlite pools and hands out again on every
/// <c>Open</c>: they are sent once per native connection, not once per query (EF Core opens the connection for each).
/// </summary>
internal sealed class SqliteConnectionSettings(string connectionString) : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    private readonly bool inMemory = IsInMemory(connectionString);
    private readonly ConditionalWeakTable<object, object> configured = [];
    private volatile bool walSet;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        var setsWal = SetsWal;
        using (var command = Command(connection, setsWal))
        {
            command.ExecuteNonQuery();
        }

        walSet |= setsWal;
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection))
        {
            return;
        }

        var setsWal = SetsWal;
        await using (var command = Command(connection, setsWal))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        walSet |= setsWal;
    }

    /// <summary>Whether this open handed out a native connection the settings have not been sent on yet.</summary>
    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || configured.TryAdd(handle, handle);

    // Until a connection has switched the file to WAL; two first connections both doing it is harmless.
    private bool SetsWal => !inMemory && !walSet;

    private DbCommand Command(DbConnection connection, bool setsWal)
    {
        // busy_timeout first, so that the switch to WAL, too, waits for another connection's lock.
        var sql = $"PRAGMA busy_timeout={BusyTimeoutMilliseconds};";
        if (setsWal)
        {
            sql += "PRAGMA journal_mode=WAL;";
        }

        if (!inMemory)
        {
            sql += "PRAGMA synchronous=NORMAL;";
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static bool IsInMemory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
    }
}
