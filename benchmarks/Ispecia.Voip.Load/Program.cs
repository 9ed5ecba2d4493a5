using Ispecia.Voip.Load.Scenarios;

if (args.FirstOrDefault() == NoopServer.Command)
{
    await NoopServer.RunAsync(args[1..]);
    return 0;
}

var options = LoadOptions.Parse(args);
var workspace = new Workspace(options);
var table = new ResultTable();
var started = Stopwatch.GetTimestamp();
Console.WriteLine($"Load benchmark: {options.Describe()}");
Console.WriteLine($"Scratch folder (databases, server logs): {workspace.Scratch}");
if (!File.Exists(workspace.AppDll))
{
    Console.Error.WriteLine($"{workspace.AppDll} is missing: run `dotnet build -c Release Ispecia.Voip.Web` first.");
    return 2;
}

var scenarios = new (string Name, Func<Task> Run)[]
{
    ("coldstart", () => new ColdStartScenario(workspace, options, table).RunAsync()),
    ("throughput", () => new ThroughputScenario(workspace, options, table).RunAsync()),
    ("routes", () => new RoutesScenario(workspace, options, table).RunAsync()),
    ("history", () => new HistoryScenario(workspace, options, table).RunAsync()),
    ("reports", () => new ReportsScenario(workspace, options, table).RunAsync()),
    ("fanout", () => new FanoutScenario(workspace, options, table).RunAsync()),
    ("memory", () => new MemoryScenario(workspace, options, table).RunAsync()),
};
var failed = false;
foreach (var (name, run) in scenarios.Where(s => options.Runs(s.Name)))
{
    Console.WriteLine($"\n## {name}");
    table.LoadAverageAt(name);
    try
    {
        await run();
    }
    catch (Exception ex)
    {
        // One broken scenario should not hide the others' figures; it is reported as a row of its own.
        failed = true;
        table.Add(new ResultRow($"{name} (did not finish)", ex.GetType().Name, "-", "-", "-", false));
        table.Note($"{name} failed: {ex.Message}");
        Console.Error.WriteLine(ex);
    }
}

table.LoadAverageAt("end");
var markdown = table.Markdown(options, Stopwatch.GetElapsedTime(started));
Console.WriteLine();
Console.WriteLine(markdown);
var output = options.Out ?? Path.Combine(workspace.RepoRoot, "benchmarks", "RESULTS.md");
// A hand-written reading of the figures may follow the marker; a new run replaces only what is above it.
const string AnalysisMarker = "<!-- analysis: kept by new runs -->";
var previous = File.Exists(output) ? await File.ReadAllTextAsync(output) : "";
var analysis = previous.IndexOf(AnalysisMarker, StringComparison.Ordinal) is var at and >= 0 ? previous[at..] : "";
await File.WriteAllTextAsync(output, analysis.Length > 0 ? markdown + Environment.NewLine + analysis : markdown);
Console.WriteLine($"Saved to {output}");
return failed ? 1 : 0;
