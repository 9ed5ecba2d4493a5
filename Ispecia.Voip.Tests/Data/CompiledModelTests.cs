using Ispecia.Voip.Core.Data.CompiledModels.Postgres;
using Ispecia.Voip.Core.Data.CompiledModels.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ispecia.Voip.Tests.Data;

/// <summary>
/// The app starts with the generated compiled model (Core/Data/CompiledModels) instead of building the model from the
/// entity configurations. These tests compare it with the model the configurations build today, so a change to an
/// entity that is not followed by scripts/optimize-model.sh fails here instead of running on a stale mapping.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void Model_Sqlite_IsTheCompiledModel()
    {
        using var db = Sqlite();

        Assert.IsType<SqliteVoipDbContextModel>(db.Model);
    }

    [Fact]
    public void Model_Postgres_IsTheCompiledModel()
    {
        using var db = Postgres();

        Assert.IsType<PostgresVoipDbContextModel>(db.Model);
    }

    [Fact]
    public void CompiledModel_Sqlite_MatchesTheEntityConfigurations() => AssertUpToDate(Sqlite());

    [Fact]
    public void CompiledModel_Postgres_MatchesTheEntityConfigurations() => AssertUpToDate(Postgres());

    private static SqliteVoipDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteVoipDbContext>().UseSqlite("Data Source=:memory:").Options);

    // Reading the model needs no server: nothing connects.
    private static PostgresVoipDbContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresVoipDbContext>().UseNpgsql("Host=localhost;Database=voip_model").Options);

    private static void AssertUpToDate(VoipDbContext db)
    {
        using (db)
        {
            var compiled = db.Model;
            // With a compiled model in use, the design-time model is built from OnModelCreating, as it was before.
            var configured = db.GetService<IDesignTimeModel>().Model;
            var stale = ModelShape.Of(configured).Except(ModelShape.Of(compiled))
                .Concat(ModelShape.Of(compiled).Except(ModelShape.Of(configured)).Select(line => "compiled only: " + line))
                .ToList();

            Assert.True(stale.Count == 0, "The compiled model is stale: run scripts/optimize-model.sh.\n" + string.Join("\n", stale));
        }
    }
}
