using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// Registered only when Redis:ConnectionString is set (the SignalR backplane): without Redis, hub events of other
/// instances would not reach this one's agents. SignalR keeps its own connection private, so the check holds a
/// second, lazily opened one and pings it.
/// </summary>
public sealed class RedisHealthCheck(string connectionString) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim connecting = new(1, 1);
    private ConnectionMultiplexer? connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var redis = await ConnectAsync();
            if (!redis.IsConnected)
            {
                // A ping would wait for the reconnect until its own timeout; a probe should answer now.
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis (the SignalR backplane) cannot be reached.");
            }

            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered a ping in {latency.TotalMilliseconds:0} ms.");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis (the SignalR backplane) cannot be reached.", ex);
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        if (connection is { } open)
        {
            return open;
        }

        await connecting.WaitAsync();
        try
        {
            var options = ConfigurationOptions.Parse(connectionString);
            // Keep retrying in the background instead of throwing once: a Redis that comes back makes the app ready again.
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            return connection ??= await ConnectionMultiplexer.ConnectAsync(options);
        }
        finally
        {
            connecting.Release();
        }
    }

    public void Dispose()
    {
        connection?.Dispose();
        connecting.Dispose();
    }
}
