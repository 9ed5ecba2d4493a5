namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>What the machine offers the tests. With CI=true, tests that need a server or a browser fail instead of skipping.</summary>
public static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection string of a PostgreSQL server the tests may create databases on (.ci/run starts one).</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("VOIP_TEST_POSTGRES");

    public static string RequirePostgres()
    {
        var connectionString = PostgresConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (IsCi)
            {
                Assert.Fail("CI=true but VOIP_TEST_POSTGRES is not set: .ci/run must start PostgreSQL for these tests.");
            }

            Assert.Skip("Set VOIP_TEST_POSTGRES to a PostgreSQL connection string to run this test (.ci/run does).");
        }

        return connectionString!;
    }
}
