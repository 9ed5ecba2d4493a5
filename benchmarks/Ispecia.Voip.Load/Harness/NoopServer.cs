namespace Ispecia.Voip.Load.Harness;

/// <summary>
/// The reference: a bare ASP.NET Core minimal API with a no-op POST, started as its own process from this dll
/// (`serve-noop`), measured with the same client in the same run. It gets the same host defaults as the app
/// (Development, console logging at Warning).
/// </summary>
public static class NoopServer
{
    public const string Command = "serve-noop";
    public const string ReadyPath = "/ready";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapPost("/noop", () => Results.Ok());
        app.MapGet(ReadyPath, () => Results.Ok());
        await app.RunAsync();
    }

    public static Task<ServerProcess> StartAsync(Workspace workspace, string logName) =>
        ServerProcess.StartAsync(
            Workspace.SelfDll,
            [Command],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Logging__LogLevel__Default"] = "Warning",
            },
            ReadyPath,
            workspace.LogPath(logName),
            workspace.RepoRoot);

    /// <summary>An empty POST, as a webhook without a body would be.</summary>
    public static HttpRequestMessage Request() => new(HttpMethod.Post, "/noop") { Content = new ByteArrayContent([]) };
}
