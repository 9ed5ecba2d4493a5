namespace Ispecia.Voip.Load.Scenarios;

/// <summary>
/// GET /api/voip/reports as the supervisor on the history scenario's database of many calls (one every 30 s): today,
/// 7 days and 30 days, each against the first history page measured in the same run. Warmed up, then requests one
/// at a time, alternating, p50. Printed, not asserted: a report reads every call of its range, a page only 25.
/// </summary>
public sealed class ReportsScenario(Workspace workspace, LoadOptions options, ResultTable table)
{
    private const string Reference = "/api/voip/calls/history";

    private static readonly (string Name, string Path)[] Reports =
    [
        ("today", "/api/voip/reports?range=today"),
        ("7 days", "/api/voip/reports?range=7d"),
        ("30 days", "/api/voip/reports?range=30d"),
    ];

    public async Task RunAsync()
    {
        var (database, spread) = await HistoryScenario.SeedAsync(workspace, options, "reports");
        await using var app = await VoipApp.StartAsync(workspace, database, "reports");
        using var client = new LoadClient(app.BaseUrl);
        var token = await VoipApp.SignInAsync(client.Http, app.BaseUrl, VoipApp.Supervisor);

        var samples = options.Quick ? 5 : 20;
        var reference = new Latencies();
        var reports = Reports.Select(_ => new Latencies()).ToArray();
        for (var i = -3; i < samples; i++)
        {
            await HistoryScenario.TimeAsync(client, HistoryScenario.Authorized(Reference, token), i < 0 ? null : reference);
            for (var r = 0; r < Reports.Length; r++)
            {
                await HistoryScenario.TimeAsync(client, HistoryScenario.Authorized(Reports[r].Path, token), i < 0 ? null : reports[r]);
            }
        }

        Console.WriteLine($"  history first page: {reference.Summary()}");
        for (var r = 0; r < Reports.Length; r++)
        {
            var (name, _) = Reports[r];
            var calls = name switch { "today" => "up to 2,880", "7 days" => "about 20,000", _ => "about 86,000" };
            Console.WriteLine($"  report {name}: {reports[r].Summary()}");
            table.Add(new ResultRow(
                ResultTable.F($"report {name} ({calls} of {spread.Values.Sum():N0} calls: figures per agent and team, p90 wait, hourly series), p50"),
                ResultTable.Ms(reports[r].P50) + ResultTable.F($" (p99 {reports[r].P99:F1})"),
                ResultTable.F($"history first page {reference.P50:F1} ms (p99 {reference.P99:F1})"),
                ResultTable.X(reports[r].P50 / reference.P50),
                "printed, not asserted",
                null));
        }
    }
}
