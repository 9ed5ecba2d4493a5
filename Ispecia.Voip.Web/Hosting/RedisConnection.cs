using StackExchange.Redis;

namespace Ispecia.Voip.Web.Hosting;

/// <summary>
/// The one Redis connection the app opens for itself, shared by <see cref="RedisFeedRelay"/> and the readiness
/// check; SignalR's backplane keeps its own, private one. Opened on first use, and never failing to open: with
/// Redis down it keeps retrying in the background, so a Redis that comes back makes the app whole again.
/// Registered only when Redis:ConnectionString is set.
/// </summary>
public sealed class RedisConnection(string connectionString) : IAsyncDisposable
{
    private readonly SemaphoreSlim connecting = new(1, 1);
    private ConnectionMultiplexer? connection;

    public async Task<ConnectionMultiplexer> GetAsync()
    {
        if (connection is { } open)
        {
            return open;
        }

        await connecting.WaitAsync();
        try
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            return connection ??= await ConnectionMultiplexer.ConnectAsync(options);
        }
        finally
        {
            connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        connecting.Dispose();
    }
}
