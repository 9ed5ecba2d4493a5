using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ispecia.Voip.Core.Data;

/// <summary>
/// Lines up this process's SQLite writers in memory instead of in SQLite's lock. SQLite has one writer at a time;
/// a connection that finds the lock taken sleeps in its busy handler for 1, 2, 5, 10 ms and more before trying
/// again, so under concurrent webhooks the lock sat free while writers slept (a write holds it well under a
/// millisecond). Here a writer waits on a semaphore and starts the moment the previous one finishes.
/// A context holds the gate from <c>SaveChanges</c>, or from an explicit transaction's start, until it ends; the
/// connection closing is the backstop. The gate only orders writers: a wait longer than SQLite's own busy timeout
/// goes ahead ungated (a context writing while another context of the same operation holds a transaction must not
/// wait forever), and writes the gate does not see (another process, <c>ExecuteUpdate</c>) still meet
/// <c>busy_timeout</c>.
/// </summary>
internal sealed class SqliteWriteGate : DbConnectionInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(SqliteConnectionSettings.BusyTimeoutMilliseconds);

    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, Hold> holds = [];

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enter(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        LeaveUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        LeaveUnlessInTransaction(eventData.Context);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => LeaveUnlessInTransaction(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => LeaveUnlessInTransaction(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.Context);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Leave(eventData.Context);

    private async Task EnterAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not null && !Holds(context))
        {
            holds.AddOrUpdate(context, new Hold(await writer.WaitAsync(LongestWait, cancellationToken)));
        }
    }

    private void Enter(DbContext? context)
    {
        if (context is not null && !Holds(context))
        {
            holds.AddOrUpdate(context, new Hold(writer.Wait(LongestWait)));
        }
    }

    private bool Holds(DbContext context) => holds.TryGetValue(context, out _);

    // SaveChanges inside an explicit transaction keeps the gate until the transaction ends.
    private void LeaveUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Leave(context);
        }
    }

    private void Leave(DbContext? context)
    {
        if (context is not null && holds.TryGetValue(context, out var hold) && holds.Remove(context) && hold.Entered)
        {
            writer.Release();
        }
    }

    /// <summary>A context's place at the gate; <see cref="Entered"/> is false when it went ahead after the longest wait.</summary>
    private sealed record Hold(bool Entered);
}
