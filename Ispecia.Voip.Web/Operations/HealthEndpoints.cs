using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// /health/live (the process answers; no dependency is asked, so a database outage never restarts the app) and
/// /health/ready (the database, Redis when the backplane is configured, and Twilio reported but never failing).
/// Anonymous: load balancers and orchestrators cannot sign in, and the answer carries no secret.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddVoipHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        if (configuration["Redis:ConnectionString"] is { Length: > 0 })
        {
            services.AddSingleton<RedisHealthCheck>();
            checks.AddCheck<RedisHealthCheck>("redis", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        }

        checks.AddCheck<TwilioHealthCheck>("twilio", HealthStatus.Degraded, [ReadyTag], CheckTimeout);
        // Its own client: no retries (a probe must answer quickly) and no Twilio credentials.
        services.AddHttpClient(TwilioHealthCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(3));
        return services;
    }

    public static IEndpointRouteBuilder MapVoipHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportJson.WriteAsync })
            .AllowAnonymous().DisableRateLimiting().ExcludeFromDescription();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthReportJson.WriteAsync })
            .AllowAnonymous().DisableRateLimiting().ExcludeFromDescription();
        return app;
    }
}
