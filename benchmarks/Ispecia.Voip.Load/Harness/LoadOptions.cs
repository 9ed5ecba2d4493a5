namespace Ispecia.Voip.Load.Harness;

/// <summary>Command-line options (benchmarks/README.md, section "Load benchmark").</summary>
public sealed record LoadOptions
{
    public static readonly string[] AllScenarios = ["coldstart", "throughput", "routes", "history", "fanout", "memory"];

    public bool Quick { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public int Concurrency { get; init; } = 32;

    public double Rate { get; init; } = 200;

    public int Routes { get; init; } = 10_000;

    public int Calls { get; init; } = 1_000_000;

    public int Hubs { get; init; } = 1000;

    public double FanoutRate { get; init; } = 2;

    public int Pages { get; init; } = 20;

    public int ColdRuns { get; init; } = 3;

    public IReadOnlyList<string> Only { get; init; } = AllScenarios;

    public string? Out { get; init; }

    public string? Scratch { get; init; }

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
                "--pages" => options with { Pages = (int)Number() },
                "--cold-runs" => options with { ColdRuns = (int)Number() },
                "--only" => options with { Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--out" => options with { Out = Value() },
                "--scratch" => options with { Scratch = Value() },
                _ => throw new ArgumentException($"Unknown option {args[i]}; see benchmarks/README.md."),
            };
        }

        var unknown = options.Only.Except(AllScenarios, StringComparer.OrdinalIgnoreCase).ToList();
        return unknown.Count == 0 ? options : throw new ArgumentException($"Unknown scenario(s) {string.Join(", ", unknown)}; use {string.Join(",", AllScenarios)}.");
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
        $"duration {Duration.TotalSeconds} s after {Warmup.TotalSeconds} s warm-up, c{Concurrency}, open loop {Rate} req/s, {Routes} routes, {Calls} calls, {Hubs} hub connections at {FanoutRate} webhooks/s, {Pages} pages, {ColdRuns} cold starts each{(Quick ? " (--quick smoke run)" : "")}");
}
