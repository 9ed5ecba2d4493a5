using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// Health endpoints, the app's meter, OpenTelemetry metrics (scraped at /metrics by admins; pushed over OTLP when an
/// endpoint is configured) and traces (only when OTLP is configured: nobody would read them otherwise). ADR-015.
/// </summary>
public static class OperationsRegistration
{
    public const string MetricsPath = "/metrics";

    /// <summary>The standard OpenTelemetry variable; any configuration source may set it.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddVoipOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddVoipHealthChecks(configuration);
        services.AddSingleton<ActiveCallsCount>();
        services.AddSingleton<VoipMetrics>();
        services.AddSingleton<WebhookMetricsFilter>();

        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var telemetry = services.AddOpenTelemetry()
            // Named here, the service would override OTEL_SERVICE_NAME; an operator's own name wins.
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "Ispecia.Voip"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(VoipMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapVoipOperations(this IEndpointRouteBuilder app)
    {
        app.MapVoipHealth();
        // Call volumes and connection counts are business figures: admins only (ADR-015).
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.Admin).DisableRateLimiting().ExcludeFromDescription();
        return app;
    }

    /// <summary>Health probes and scrapes: machine traffic every few seconds, not worth a trace each.</summary>
    public static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsPath);
}
