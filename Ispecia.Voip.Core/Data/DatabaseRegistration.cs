using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Ispecia.Voip.Core.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{VoipDbContext}"/> for the configured provider, plus a scoped
    /// <see cref="VoipDbContext"/> for ASP.NET Core Identity's stores. Everything else uses the factory.
    /// Contexts are pooled: each is created per operation and holds no state of its own beyond what EF Core resets
    /// when it returns to the pool. Interceptors registered as <see cref="IInterceptor"/> apply to every context.
    /// </summary>
    public static IServiceCollection AddVoipDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Voip");

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = ResolveSqlite(connectionString, contentRoot);
                var settings = new SqliteConnectionSettings(sqlite);
                var writeGate = new SqliteWriteGate();
                services.AddPooledDbContextFactory<SqliteVoipDbContext>(
                    (sp, o) => o.UseSqlite(sqlite).AddInterceptors([settings, writeGate, .. sp.GetServices<IInterceptor>()]));
                services.AddSingleton<IDbContextFactory<VoipDbContext>, OpenSqliteDbContextFactory>();
                // Identity's scoped context may live as long as a circuit: it opens its connection per query, as
                // EF Core does, rather than holding a native connection for the page's lifetime.
                services.AddScoped<VoipDbContext>(sp => sp.GetRequiredService<IDbContextFactory<SqliteVoipDbContext>>().CreateDbContext());
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is Postgres but ConnectionStrings:Voip is empty. Set it, e.g. " +
                        "ConnectionStrings__Voip=\"Host=localhost;Database=voip;Username=voip;Password=...\".");
                }

                services.AddPooledDbContextFactory<PostgresVoipDbContext>(
                    (sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<VoipDbContext>, ProviderDbContextFactory<PostgresVoipDbContext>>();
                services.AddScoped<VoipDbContext>(sp => sp.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContext());
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported; use Sqlite or Postgres.");
        }

        return services;
    }

    /// <summary>Relative SQLite paths are taken from the content root, and the folder is created.</summary>
    private static string ResolveSqlite(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? DatabaseOptions.DefaultSqliteConnectionString : connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
