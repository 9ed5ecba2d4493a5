namespace Ispecia.Voip.Load.Scenarios;

/// <summary>
/// GET /api/voip/calls/history as the supervisor on a database of many calls: the first page unfiltered against the
/// first page filtered by a result few calls have (failed). Warmed up, then requests one at a time, alternating, p50.
/// </summary>
public sealed class HistoryScenario(Workspace workspace, LoadOptions options, ResultTable table)
{
    private const double Target = 3;
    private const string Unfiltered = "/api/voip/calls/history";
    private const string Filtered = "/api/voip/calls/history?status=failed";

    public async Task RunAsync()
    {
        var (database, spread) = await SeedAsync(workspace, options, "history");
        await using var app = await VoipApp.StartAsync(workspace, database, "history");
        using var client = new LoadClient(app.BaseUrl);
        var token = await VoipApp.SignInAsync(client.Http, app.BaseUrl, VoipApp.Supervisor);
        HttpRequestMessage Get(string path) => Authorized(path, token);

        var samples = options.Quick ? 20 : 100;
        var unfiltered = new Latencies();
        var filtered = new Latencies();
        for (var i = -10; i < samples; i++)
        {
            await TimeAsync(client, Get(Unfiltered), i < 0 ? null : unfiltered);
            await TimeAsync(client, Get(Filtered), i < 0 ? null : filtered);
        }

        Console.WriteLine($"  unfiltered page: {unfiltered.Summary()}; status=failed: {filtered.Summary()}");
        var ratio = filtered.P50 / unfiltered.P50;
        table.Add(new ResultRow(
            ResultTable.F($"call history first page filtered by a rare result (status=failed, {spread.GetValueOrDefault("Failed"):N0} of {spread.Values.Sum():N0} calls), p50"),
            ResultTable.Ms(filtered.P50) + ResultTable.F($" (p99 {filtered.P99:F1})"),
            ResultTable.F($"unfiltered page {unfiltered.P50:F1} ms (p99 {unfiltered.P99:F1})"),
            ResultTable.X(ratio),
            ResultTable.F($"<= {Target:F0}x"),
            ratio <= Target));
    }

    /// <summary>A fresh app database with <see cref="LoadOptions.Calls"/> calls, and how many of each result it holds.</summary>
    internal static async Task<(string Database, Dictionary<string, long> Spread)> SeedAsync(Workspace workspace, LoadOptions options, string name)
    {
        var database = workspace.NewDatabasePath(name);
        await using (await VoipApp.StartAsync(workspace, database, name + "-seed"))
        {
        }

        var seeding = Stopwatch.StartNew();
        await DatabaseSeed.AddCallsAsync(database, options.Calls);
        var spread = await DatabaseSeed.ResultSpreadAsync(database);
        Console.WriteLine(ResultTable.F($"  inserted {options.Calls:N0} calls in {seeding.Elapsed.TotalSeconds:F1} s: {string.Join(", ", spread.Select(p => $"{p.Key} {p.Value}"))}"));
        return (database, spread);
    }

    internal static HttpRequestMessage Authorized(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    internal static async Task TimeAsync(LoadClient client, HttpRequestMessage request, Latencies? into)
    {
        var sent = Stopwatch.GetTimestamp();
        var error = await client.SendAsync(request);
        if (error is not null)
        {
            throw new InvalidOperationException($"{request.RequestUri} failed: {error}");
        }

        into?.Add(Latencies.Milliseconds(sent, Stopwatch.GetTimestamp()));
    }
}
