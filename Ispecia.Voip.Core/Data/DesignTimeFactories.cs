using Microsoft.EntityFrameworkCore.Design;

namespace Ispecia.Voip.Core.Data;

/// <summary>Used by `dotnet ef migrations add ... --context SqliteVoipDbContext`.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVoipDbContext>
{
    public SqliteVoipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVoipDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Used by `dotnet ef migrations add ... --context PostgresVoipDbContext`.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVoipDbContext>
{
    public PostgresVoipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVoipDbContext>().UseNpgsql("Host=localhost;Database=voip_design").Options);
}
