namespace Ispecia.Voip.Core.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
