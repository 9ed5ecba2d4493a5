namespace Ispecia.Voip.Load.Scenarios;

/// <summary>
/// Process start to the first 200 of GET /Account/Login, on an existing database and on a fresh one (created, migrated,
/// seeded), against the no-op app's start to its first 200. The median of a few runs each; the OS file cache is warm
/// (the dlls were just built or run), so this is a restart, not a first boot of the machine.
/// </summary>
public sealed class ColdStartScenario(Workspace workspace, LoadOptions options, ResultTable table)
{
    public async Task RunAsync()
    {
        var noop = new List<double>();
        var fresh = new List<double>();
        var existing = new List<double>();
        var existingDb = workspace.NewDatabasePath("coldstart-existing");
        // Creates the database the "existing" runs start on; not counted.
        await using (await VoipApp.StartAsync(workspace, existingDb, "coldstart-prepare"))
        {
        }

        for (var run = 0; run < options.ColdRuns; run++)
        {
            noop.Add(await TimeAsync(() => NoopServer.StartAsync(workspace, "coldstart-noop")));
            existing.Add(await TimeAsync(() => VoipApp.StartAsync(workspace, existingDb, "coldstart-existing")));
            fresh.Add(await TimeAsync(() => VoipApp.StartAsync(workspace, workspace.NewDatabasePath("coldstart-fresh"), "coldstart-fresh")));
            Console.WriteLine(ResultTable.F($"  run {run + 1}: no-op {noop[^1]:F2} s, existing DB {existing[^1]:F2} s, fresh DB {fresh[^1]:F2} s"));
        }

        var reference = Median(noop);
        Row("cold start to GET /Account/Login 200, existing DB", Median(existing), reference, 2.0);
        Row("cold start to GET /Account/Login 200, fresh DB (migrate + seed)", Median(fresh), reference, 3.0);
    }

    private void Row(string name, double seconds, double reference, double target) =>
        table.Add(new ResultRow(
            ResultTable.F($"{name}, median of {options.ColdRuns}"),
            ResultTable.F($"{seconds:F2} s"),
            ResultTable.F($"no-op app {reference:F2} s"),
            ResultTable.X(seconds / reference),
            ResultTable.F($"<= {target:F0} s"),
            seconds <= target));

    private static async Task<double> TimeAsync(Func<Task<ServerProcess>> start)
    {
        await using var server = await start();
        return server.StartedIn.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
