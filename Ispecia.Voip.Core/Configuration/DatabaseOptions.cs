namespace Ispecia.Voip.Core.Configuration;

/// <summary>The "Database" section: which provider, and ConnectionStrings:Voip for where.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string DefaultSqliteConnectionString = "Data Source=App_Data/voip.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
