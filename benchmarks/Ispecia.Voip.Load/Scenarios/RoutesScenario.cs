namespace Ispecia.Voip.Load.Scenarios;

/// <summary>
/// Inbound voice webhook latency with a large route table against a small one: each size in its own app run on a
/// fresh database (seeded by the app, routes added while it is stopped), requests one at a time, p50.
/// </summary>
public sealed class RoutesScenario(Workspace workspace, LoadOptions options, ResultTable table)
{
    private const int SmallTable = 10;
    private const double Target = 1.5;

    public async Task RunAsync()
    {
        var small = await MeasureAsync(SmallTable);
        var large = await MeasureAsync(options.Routes);
        var ratio = large.P50 / small.P50;
        table.Add(new ResultRow(
            ResultTable.F($"inbound voice webhook, {options.Routes:N0} routes vs {SmallTable}, p50 (one request at a time)"),
            ResultTable.Ms(large.P50) + ResultTable.F($" (p99 {large.P99:F1})"),
            ResultTable.F($"{SmallTable} routes {small.P50:F1} ms (p99 {small.P99:F1})"),
            ResultTable.X(ratio),
            ResultTable.F($"<= {Target:F1}x"),
            ratio <= Target));
    }

    private async Task<Latencies> MeasureAsync(int routes)
    {
        var database = workspace.NewDatabasePath($"routes-{routes}");
        await using (await VoipApp.StartAsync(workspace, database, $"routes-{routes}-seed"))
        {
        }

        await DatabaseSeed.AddRoutesAsync(database, routes);
        await using var app = await VoipApp.StartAsync(workspace, database, $"routes-{routes}");
        using var client = new LoadClient(app.BaseUrl);
        var run = Guid.NewGuid().ToString("N")[..6];
        var result = await client.ClosedLoopAsync(
            i => TwilioForms.Signed(TwilioForms.VoicePath, TwilioForms.InboundVoice(TwilioForms.CallSid(run, i), i)),
            concurrency: 1, options.SequentialWarmup, options.Duration);
        Console.WriteLine(ResultTable.F($"  {routes} routes: {result.RequestsPerSecond:F0} req/s, {result.Latencies.Summary()}, errors {result.Errors}"));
        if (result.Errors > 0)
        {
            table.Note($"inbound webhook with {routes} routes: {result.Errors} errors, first: {result.FirstError}");
        }

        return result.Latencies;
    }
}
