namespace Ispecia.Voip.Load.Harness;

/// <summary>One printed row: what was measured, against what, and whether it met its target.</summary>
public sealed record ResultRow(string Name, string Figure, string Reference, string Ratio, string Target, bool? Pass);

/// <summary>The rows and notes of a run, printed as markdown and saved to benchmarks/RESULTS.md.</summary>
public sealed class ResultTable
{
    private readonly List<ResultRow> rows = [];
    private readonly List<string> notes = [];
    private readonly List<string> loads = [];
    private readonly Lock gate = new();

    public void Add(ResultRow row)
    {
        lock (gate)
        {
            rows.Add(row);
        }

        Console.WriteLine($"  => {row.Name}: {row.Figure} (ref {row.Reference}, ratio {row.Ratio}, target {row.Target}) {Verdict(row.Pass)}");
    }

    /// <summary>Records the machine's 1-minute load average as <paramref name="scenario"/> starts.</summary>
    public void LoadAverageAt(string scenario)
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        lock (gate)
        {
            loads.Add($"{scenario} {load}");
        }

        Console.WriteLine($"  load average {load}");
    }

    public void Note(string note)
    {
        lock (gate)
        {
            notes.Add(note);
        }

        Console.WriteLine($"  note: {note}");
    }

    public static string Ms(double value) => F($"{value:F1} ms");

    public static string Rps(double value) => F($"{value:F0} req/s");

    public static string X(double value) => F($"{value:F2}x");

    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public string Markdown(LoadOptions options, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine("# Load benchmark results").AppendLine();
        text.AppendLine(F($"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {elapsed.TotalMinutes:F1} min, `{CommandLine()}`.")).AppendLine();
        text.AppendLine(F($"Machine: {Environment.ProcessorCount} cores ({CpuModel()}), {MemoryGb():F1} GB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}."));
        text.AppendLine("The load client, the server under test and (for the memory row) Chromium share these cores, so every figure");
        text.AppendLine("includes the client's own CPU; the ratios compare with the no-op app measured the same way in the same run.");
        text.AppendLine($"Load average (1 min) at each scenario's start, {LoadAverages()}: anything above about 2 means other work shared the cores too.").AppendLine();
        text.AppendLine($"Options: {options.Describe()}.").AppendLine();
        text.AppendLine("| row | figure | reference | ratio | target | verdict |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine($"| {row.Name} | {row.Figure} | {row.Reference} | {row.Ratio} | {row.Target} | {Verdict(row.Pass)} |");
        }

        if (notes.Count > 0)
        {
            text.AppendLine().AppendLine("Notes:").AppendLine();
            foreach (var note in notes)
            {
                text.AppendLine($"- {note}");
            }
        }

        return text.ToString();
    }

    private string LoadAverages()
    {
        lock (gate)
        {
            return string.Join(", ", loads);
        }
    }

    private static string Verdict(bool? pass) => pass switch { true => "PASS", false => "MISS", null => "-" };

    private static string CommandLine() =>
        "dotnet run -c Release --project benchmarks/Ispecia.Voip.Load" + (Environment.GetCommandLineArgs().Length > 1 ? " -- " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)) : "");

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static double MemoryGb()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
    }
}
