using OpenTelemetry.Trace;

namespace Ispecia.Voip.Tests.Operations;

/// <summary>Traces are recorded and exported only when an OTLP endpoint is configured.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task WithoutAnOtlpEndpoint_NoTracesAreRecorded()
    {
        await using var factory = new VoipAppFactory();

        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task WithOtelExporterOtlpEndpoint_TracesAreRecordedForExport()
    {
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{RedisServer.FreePort()}",
        });

        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
    }
}
