namespace Ispecia.Voip.Core.Data;

/// <summary>PostgreSQL flavour of the database; owns the migrations under Data/Migrations/Postgres.</summary>
public sealed class PostgresVoipDbContext(DbContextOptions<PostgresVoipDbContext> options) : VoipDbContext(options);
