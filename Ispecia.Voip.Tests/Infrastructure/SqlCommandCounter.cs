using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core sends and the write transactions they form: an explicit transaction that wrote,
/// or a write sent on its own (autocommit). Register it as an <see cref="IInterceptor"/> in the app's services.
/// </summary>
public sealed partial class SqlCommandCounter : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly Lock gate = new();
    private readonly List<string> commands = [];
    private readonly HashSet<DbTransaction> writingTransactions = [];
    private int writeTransactions;

    public IReadOnlyList<string> Commands
    {
        get { lock (gate) { return [.. commands]; } }
    }

    public int WriteTransactions
    {
        get { lock (gate) { return writeTransactions; } }
    }

    public void Reset()
    {
        lock (gate)
        {
            commands.Clear();
            writingTransactions.Clear();
            writeTransactions = 0;
        }
    }

    /// <summary>The counts, with every command, for a failure message.</summary>
    public string Describe()
    {
        lock (gate)
        {
            return $"{commands.Count} commands, {writeTransactions} write transactions:\n" + string.Join("\n---\n", commands);
        }
    }

    // Called for every command EF Core is about to execute, once its transaction and parameters are set.
    public DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Count(result);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    private void Count(DbCommand command)
    {
        var writes = WriteStatement().IsMatch(command.CommandText);
        lock (gate)
        {
            commands.Add(command.CommandText);
            if (!writes)
            {
                return;
            }

            if (command.Transaction is { } transaction)
            {
                writingTransactions.Add(transaction);
            }
            else
            {
                writeTransactions++;
            }
        }
    }

    private void Committed(DbTransaction transaction)
    {
        lock (gate)
        {
            if (writingTransactions.Remove(transaction))
            {
                writeTransactions++;
            }
        }
    }

    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex WriteStatement();
}
