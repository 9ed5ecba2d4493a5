namespace Ispecia.Voip.Tests.Hosting;

/// <summary>/openapi/v1.json describes the whole VoIP API for integrators.</summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private readonly VoipAppFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Document_ListsEveryVoipEndpointNamedAndSummarized()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths");
        (string Path, string Method)[] expected =
        [
            ("/api/voip/token", "post"),
            ("/api/voip/contacts", "get"),
            ("/api/voip/calls/history", "get"),
            ("/api/voip/calls/{id}", "get"),
            ("/api/voip/calls/outbound", "post"),
            ("/api/voip/recordings", "get"),
            ("/api/voip/recordings/{id}/audio", "get"),
            ("/api/voip/recordings/{id}", "delete"),
        ];
        foreach (var (path, method) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document.");
            Assert.True(item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is not in the OpenAPI document.");
        }

        var voipOperations = paths.EnumerateObject().Where(p => p.Name.StartsWith("/api/voip/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Name: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)));
        Assert.All(voipOperations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("operationId").GetString()), $"{o.Name} has no name.");
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("summary").GetString()), $"{o.Name} has no summary.");
        });
        var audio = paths.GetProperty("/api/voip/recordings/{id}/audio").GetProperty("get").GetProperty("responses");
        Assert.True(audio.GetProperty("206").GetProperty("content").TryGetProperty("audio/mpeg", out _));
    }
}
