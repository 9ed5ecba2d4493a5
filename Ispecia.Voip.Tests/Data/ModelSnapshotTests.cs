namespace Ispecia.Voip.Tests.Data;

/// <summary>
/// The entity configurations and each provider's last migration snapshot describe the same schema, so a change to an
/// entity or its configuration that needs a migration fails here instead of at the next deployment.
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void HasPendingModelChanges_Sqlite_IsFalse()
    {
        using var db = new SqliteVoipDbContext(new DbContextOptionsBuilder<SqliteVoipDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model differs from its snapshot: add a migration.");
    }

    [Fact]
    public void HasPendingModelChanges_Postgres_IsFalse()
    {
        // Comparing the model with the snapshot needs no server: nothing connects.
        using var db = new PostgresVoipDbContext(new DbContextOptionsBuilder<PostgresVoipDbContext>().UseNpgsql("Host=localhost;Database=voip_model").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL model differs from its snapshot: add a migration.");
    }
}
