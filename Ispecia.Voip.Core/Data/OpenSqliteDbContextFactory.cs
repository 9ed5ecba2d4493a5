namespace Ispecia.Voip.Core.Data;

/// <summary>
/// Hands out SQLite contexts with their connection already open, kept open until the context is disposed.
/// Microsoft.Data.Sqlite registers EF Core's SQL functions on the native connection at every <c>Open</c>, even one
/// served from its pool, and EF Core opens and closes the connection around each query: a webhook of eight queries
/// paid for eight registrations, whose callback handles were then left to the finalizer. Once per context is enough,
/// and contexts live for one operation.
/// </summary>
internal sealed class OpenSqliteDbContextFactory(IDbContextFactory<SqliteVoipDbContext> inner) : IDbContextFactory<VoipDbContext>
{
    public VoipDbContext CreateDbContext()
    {
        var db = inner.CreateDbContext();
        try
        {
            db.Database.OpenConnection();
            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    public async Task<VoipDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        var db = await inner.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
