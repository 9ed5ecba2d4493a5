namespace Ispecia.Voip.Core.Data;

/// <summary>SQLite flavour of the database; owns the migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteVoipDbContext(DbContextOptions<SqliteVoipDbContext> options) : VoipDbContext(options);
