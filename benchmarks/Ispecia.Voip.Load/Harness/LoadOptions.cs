namespace Ispecia.Voip.Load.Harness;

/// <summary>Command-line options (benchmarks/README.md, section "Load benchmark").</summary>
public sealed record LoadOptions
{
    public static readonly string[] AllScenarios = ["coldstart", "throughput", "routes", "history", "reports", "fanout", "memory"];

    public bool Quick { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public int Concurrency { get; init; } = 32;

    public double Rate { get; init; } = 200;

    public int Routes { get; init; } = 10_000;

    public int Calls { get; init; } = 1_000_000;

    public int Hubs { get; init; } = 1000;

    public double FanoutRate { get; init; } = 2;

    /// <summary>The fan-out's clients: "lean" raw WebSockets (<see cref="LeanHubClient"/>) or "signalr" HubConnections.</summary>
    public string FanoutClient { get; init; } = "lean";

    public int Pages { get; init; } = 20;

    public int ColdRuns { get; init; } = 3;

    public IReadOnlyList<string> Only { get; init; } = AllScenarios;

    public string? Out { get; init; }

    public string? Scratch { get; init; }

    /// <summary>Extra environment variables for the app under test (diagnostics, e.g. a log level), from --app-env KEY=VALUE.</summary>
    public IReadOnlyDictionary<string, string> AppEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Warm-up before one-request-at-a-time runs: on two cores the app's hot paths take many seconds of traffic to be
    /// recompiled by the tiered JIT, and a sequential run sends few requests a second.
    /// </summary>
    public TimeSpan SequentialWarmup => Warmup * 3;

    public bool Runs(string scenario) => Only.Contains(scenario, StringComparer.OrdinalIgnoreCase);

    public static LoadOptions Parse(string[] args)
    {
        var options = args.Contains("--quick") ? Smoke() : new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Number() => double.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--quick" => options,
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number()) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number()) },
                "--concurrency" => options with { Concurrency = (int)Number() },
                "--rate" => options with { Rate = Number() },
                "--routes" => options with { Routes = (int)Number() },
                "--calls" => options with { Calls = (int)Number() },
                "--hubs" => options with { Hubs = (int)Number() },
                "--fanout-rate" => options with { FanoutRate = Number() },
                "--fanout-client" => options with { FanoutClient = Value() is "lean" or "signalr" ? args[i] : throw new ArgumentException("--fanout-client is lean or signalr.") },
                "--pages" => options with { Pages = (int)Number() },
                "--cold-runs" => options with { ColdRuns = (int)Number() },
                "--only" => options with { Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--out" => options with { Out = Value() },
                "--scratch" => options with { Scratch = Value() },
                "--app-env" => options with { AppEnvironment = With(options.AppEnvironment, Value()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; see benchmarks/README.md."),
            };
        }

        var unknown = options.Only.Except(AllScenarios, StringComparer.OrdinalIgnoreCase).ToList();
        return unknown.Count == 0 ? options : throw new ArgumentException($"Unknown scenario(s) {string.Join(", ", unknown)}; use {string.Join(",", AllScenarios)}.");
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> environment, string pair)
    {
        var parts = pair.Split('=', 2);
        return parts.Length == 2
            ? new Dictionary<string, string>(environment) { [parts[0]] = parts[1] }
            : throw new ArgumentException($"--app-env needs KEY=VALUE, not {pair}.");
    }

    /// <summary>A smoke run: every scenario, small and short; its figures are not the benchmark's.</summary>
    private static LoadOptions Smoke() => new()
    {
        Quick = true,
        Duration = TimeSpan.FromSeconds(2),
        Warmup = TimeSpan.FromSeconds(1),
        Routes = 1000,
        Calls = 50_000,
        Hubs = 100,
        Pages = 3,
        ColdRuns = 1,
    };

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"duration {Duration.TotalSeconds} s after {Warmup.TotalSeconds} s warm-up, c{Concurrency}, open loop {Rate} req/s, {Routes} routes, {Calls} calls, {Hubs} hub connections ({FanoutClient} clients) at {FanoutRate} webhooks/s, {Pages} pages, {ColdRuns} cold starts each{(AppEnvironment.Count > 0 ? ", app environment " + string.Join(" ", AppEnvironment.Select(p => $"{p.Key}={p.Value}")) : "")}{(Quick ? " (--quick smoke run)" : "")}");
}
