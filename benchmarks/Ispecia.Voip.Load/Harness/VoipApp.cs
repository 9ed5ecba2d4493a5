namespace Ispecia.Voip.Load.Harness;

/// <summary>
/// The app under test as its own process: the Release build, Twilio mode with test credentials (the tests' values),
/// Development so the demo organisation is seeded, a SQLite file of its own, console logging at Warning.
/// </summary>
public static class VoipApp
{
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string MainLineDid = "+14155550100";
    public const string Agent1Did = "+14155550101";
    public const string Password = "Ispecia!2026";
    public const string Agent1 = "agent1@ispecia.local";
    public const string Supervisor = "supervisor@ispecia.local";
    public const string ReadyPath = "/Account/Login";

    /// <summary>Starts the app on <paramref name="databasePath"/> and waits for the sign-in page (creates, migrates and seeds a new file).</summary>
    public static Task<ServerProcess> StartAsync(Workspace workspace, string databasePath, string logName, string mode = "Twilio")
    {
        if (!File.Exists(workspace.AppDll))
        {
            throw new InvalidOperationException($"{workspace.AppDll} is missing: run `dotnet build -c Release Ispecia.Voip.Web` first.");
        }

        var environment = Environment(databasePath, mode);
        foreach (var (key, value) in workspace.AppEnvironment)
        {
            environment[key] = value;
        }

        return ServerProcess.StartAsync(
            workspace.AppDll, [], environment, ReadyPath, workspace.LogPath(logName), workspace.RepoRoot);
    }

    /// <summary>The public base URL webhooks are signed for; the app checks signatures against it, whatever port it listens on.</summary>
    public const string PublicBaseUrl = "https://voip.load.test";

    public static Dictionary<string, string> Environment(string databasePath, string mode)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Voip"] = $"Data Source={databasePath}",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            // Many sign-ins of one demo account in a minute (browser pages, hub clients) are the benchmark, not an attack.
            ["Security__SignIn__AttemptsPerClientPerMinute"] = "100000",
            ["Security__SignIn__AttemptsPerAccountPerMinute"] = "100000",
            ["Voip__Mode"] = mode,
            // The inbound rows measure a call that rings agents; no agent has a live softphone page in a benchmark.
            ["Presence__RingOfflineAgents"] = "true",
        };
        if (mode == "Twilio")
        {
            settings["Twilio__AccountSid"] = "AC" + new string('a', 32);
            settings["Twilio__AuthToken"] = AuthToken;
            settings["Twilio__ApiKey"] = "SK" + new string('b', 32);
            settings["Twilio__ApiSecret"] = "test-api-secret-0123456789abcdef";
            settings["Twilio__TwimlAppSid"] = "AP" + new string('c', 32);
            settings["Twilio__PhoneNumber"] = MainLineDid;
            settings["Voip__PublicBaseUrl"] = PublicBaseUrl;
        }

        return settings;
    }

    /// <summary>A bearer token from POST /api/auth/login.</summary>
    public static async Task<string> SignInAsync(HttpClient http, string baseUrl, string email)
    {
        using var response = await http.PostAsJsonAsync(baseUrl + "/api/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return body!["accessToken"].ToString()!;
    }
}
