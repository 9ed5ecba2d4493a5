using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ispecia.Voip.Web.Hosting;
using StackExchange.Redis;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// Registered only when Redis:ConnectionString is set (the SignalR backplane): without Redis, hub events of other
/// instances would not reach this one's agents. SignalR keeps its own connection private, so the check pings the
/// app's own <see cref="RedisConnection"/>.
/// </summary>
public sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var redis = await connection.GetAsync();
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
}
