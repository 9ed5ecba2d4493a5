using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ispecia.Voip.Load.Scenarios;

/// <summary>
/// Many /hubs/voip connections (WebSockets, all signed in as agent1, whom the inbound call rings), then inbound voice
/// webhooks at a modest fixed rate: per connection, the delay from sending the webhook to receiving IncomingCall, and
/// the webhook's own latency. The clients run in this process, on the same cores as the server.
/// </summary>
public sealed class FanoutScenario(Workspace workspace, LoadOptions options, ResultTable table)
{
    private const double DeliveryP99TargetMs = 25;
    private const int ConnectInParallel = 20;
    private const int MinimumPoolThreads = 32;
    private static readonly TimeSpan JitChunk = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan JitQuietPerChunk = TimeSpan.FromMilliseconds(40);
    private static readonly TimeSpan JitQuietLimit = TimeSpan.FromSeconds(40);

    public async Task RunAsync()
    {
        await using var app = await VoipApp.StartAsync(workspace, workspace.NewDatabasePath("fanout"), "fanout");
        using var client = new LoadClient(app.BaseUrl);
        var token = await VoipApp.SignInAsync(client.Http, app.BaseUrl, VoipApp.Agent1);
        var run = Guid.NewGuid().ToString("N")[..6];
        HttpRequestMessage Inbound(string sid, long i) => TwilioForms.Signed(TwilioForms.VoicePath, TwilioForms.InboundVoice(sid, i));
        // The inbound path warm (compiled, pools filled) before any connection listens; these webhooks are not measured.
        await client.ClosedLoopAsync(i => Inbound(TwilioForms.CallSid(run + "w", i), i), 1, TimeSpan.Zero, options.SequentialWarmup);
        var sentAt = new ConcurrentDictionary<string, long>();
        var deliveries = new Latencies();
        var lastDelivery = new ConcurrentDictionary<string, long>();
        var received = new ConcurrentDictionary<string, int>();
        // Receive completions for a thousand sockets must not wait for the pool to inject threads one by one.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumPoolThreads), Math.Max(completions, MinimumPoolThreads));
        var connections = await ConnectAsync(app.BaseUrl, token, (sid, at) =>
        {
            if (sentAt.TryGetValue(sid, out var sent))
            {
                deliveries.Add(Latencies.Milliseconds(sent, at));
                lastDelivery.AddOrUpdate(sid, at, (_, old) => Math.Max(old, at));
                received.AddOrUpdate(sid, 1, (_, n) => n + 1);
            }
        });
        using var stopPinging = new CancellationTokenSource();
        var pinging = KeepAliveAsync(connections, stopPinging.Token);
        try
        {
            var memory = app.Memory();
            Console.WriteLine(ResultTable.F($"  {connections.Count} hub connections open; server RSS {memory.Rss / 1048576.0:F0} MB"));
            // Events to the connected clients at the measured rate for the usual warm-up, so that the fan-out path
            // is compiled on both sides before it counts; not measured (their send times are not recorded).
            await client.OpenLoopAsync(i => Inbound(TwilioForms.CallSid(run + "x", i), i), options.FanoutRate, TimeSpan.Zero, options.Warmup);
            await WarmUntilJitQuietAsync(app, client, i => Inbound(TwilioForms.CallSid(run + "y", i), i));
            await Task.Delay(TimeSpan.FromSeconds(1));
            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var serverCpu = app.CpuTime();
            var serverThreads = app.CpuTimeByThread();
            var result = await client.OpenLoopAsync(
                i =>
                {
                    var sid = TwilioForms.CallSid(run, i);
                    sentAt[sid] = Stopwatch.GetTimestamp();
                    return Inbound(sid, i);
                },
                options.FanoutRate, TimeSpan.Zero, options.Duration);
            await Task.Delay(TimeSpan.FromSeconds(3));
            // CPU per event is what the contended cores cost each fan-out, whatever else runs on the machine.
            Console.WriteLine(ResultTable.F(
                $"  CPU per event (measured window): client {(Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalMilliseconds / sentAt.Count:F1} ms, server {(app.CpuTime() - serverCpu).TotalMilliseconds / sentAt.Count:F1} ms"));
            var spentByThread = app.CpuTimeByThread()
                .Select(t => (t.Key, Ms: (t.Value - serverThreads.GetValueOrDefault(t.Key)).TotalMilliseconds))
                .Where(t => t.Ms > 0).OrderByDescending(t => t.Ms);
            Console.WriteLine("  server CPU by thread (ms in the window): " + string.Join(", ", spentByThread.Select(t => ResultTable.F($"{t.Key} {t.Ms:F0}"))));
            Report(connections.Count, result, deliveries, sentAt, lastDelivery, received);
        }
        finally
        {
            stopPinging.Cancel();
            await pinging;
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    private void Report(
        int connected, LoadResult webhook, Latencies deliveries, ConcurrentDictionary<string, long> sentAt,
        ConcurrentDictionary<string, long> lastDelivery, ConcurrentDictionary<string, int> received)
    {
        var expected = (long)sentAt.Count * connected;
        var fanoutDone = new Latencies();
        foreach (var (sid, last) in lastDelivery)
        {
            fanoutDone.Add(Latencies.Milliseconds(sentAt[sid], last));
        }

        Console.WriteLine($"  webhook: {webhook.Latencies.Summary()}, errors {webhook.Errors}");
        Console.WriteLine($"  delivery (webhook sent -> client received): {deliveries.Summary()}; {deliveries.Count} of {expected} expected");
        Console.WriteLine($"  last delivery of each webhook: {fanoutDone.Summary()}");
        table.Add(new ResultRow(
            ResultTable.F($"webhook -> IncomingCall at {connected:N0} hub connections, delivery latency p99"),
            ResultTable.Ms(deliveries.P99) + ResultTable.F($" (p50 {deliveries.P50:F1}; {deliveries.Count:N0} of {expected:N0} received)"),
            ResultTable.F($"{sentAt.Count} webhooks at {options.FanoutRate} /s"),
            "-",
            ResultTable.F($"<= {DeliveryP99TargetMs:F0} ms"),
            deliveries.P99 <= DeliveryP99TargetMs && deliveries.Count == expected));
        // The webhook does not wait for the fan-out when it answers before its event has reached most of the clients.
        table.Add(new ResultRow(
            ResultTable.F($"inbound webhook's own latency while ringing {connected:N0} connections"),
            ResultTable.F($"p50 {webhook.Latencies.P50:F1} ms, p99 {webhook.Latencies.P99:F1} ms"),
            ResultTable.F($"fan-out complete (last client) p50 {fanoutDone.P50:F1} ms"),
            ResultTable.X(webhook.Latencies.P50 / fanoutDone.P50),
            "answers before the fan-out completes (ratio < 1)",
            webhook.Latencies.P50 < fanoutDone.P50 && webhook.Errors == 0));
        if (received.Values.Any(n => n != connected))
        {
            table.Note($"fan-out: {received.Count(r => r.Value != connected)} webhooks did not reach every connection.");
        }
    }

    /// <summary>
    /// A freshly started server keeps recompiling hot methods (tiered JIT) for tens of seconds on two cores, and that
    /// compiling thread competes with the fan-out for the cores: a steady-state figure waits, still sending events at
    /// the measured rate, until it has gone quiet (or <see cref="JitQuietLimit"/> has passed).
    /// </summary>
    private async Task WarmUntilJitQuietAsync(ServerProcess app, LoadClient client, Func<long, HttpRequestMessage> warmup)
    {
        var started = Stopwatch.GetTimestamp();
        var compiled = TimeSpan.MaxValue;
        while (compiled > JitQuietPerChunk && Stopwatch.GetElapsedTime(started) < JitQuietLimit)
        {
            var before = Jit(app);
            await client.OpenLoopAsync(warmup, options.FanoutRate, TimeSpan.Zero, JitChunk);
            compiled = Jit(app) - before;
        }

        Console.WriteLine(ResultTable.F($"  warmed {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s more until the tiered JIT went quiet ({compiled.TotalMilliseconds:F0} ms compiling in the last {JitChunk.TotalSeconds:F0} s)"));

        static TimeSpan Jit(ServerProcess app) => app.CpuTimeByThread().GetValueOrDefault(".NET Tiered Com");
    }

    private Task<List<IAsyncDisposable>> ConnectAsync(string baseUrl, string token, Action<string, long> onIncoming) =>
        OpenInParallelAsync(options.FanoutClient == "signalr"
            ? () => ConnectSignalRAsync(baseUrl, token, onIncoming)
            : async () => await LeanHubClient.ConnectAsync(baseUrl, token, (target, sid, at) =>
            {
                if (target == "IncomingCall")
                {
                    onIncoming(sid, at);
                }
            }));

    private async Task<List<IAsyncDisposable>> OpenInParallelAsync(Func<Task<IAsyncDisposable>> connect)
    {
        var connections = new ConcurrentBag<IAsyncDisposable>();
        using var gate = new SemaphoreSlim(ConnectInParallel);
        await Task.WhenAll(Enumerable.Range(0, options.Hubs).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                connections.Add(await connect());
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. connections];
    }

    /// <summary>The full .NET SignalR client, as the benchmark measured before the lean clients (--fanout-client signalr).</summary>
    private static async Task<IAsyncDisposable> ConnectSignalRAsync(string baseUrl, string token, Action<string, long> onIncoming)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(baseUrl + "/hubs/voip", o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        connection.On<JsonElement>("IncomingCall", e =>
        {
            var at = Stopwatch.GetTimestamp();
            onIncoming(e.GetProperty("callSid").GetString() ?? "", at);
        });
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Lean clients send SignalR's keep-alive themselves (the full client has its own timer).</summary>
    private static async Task KeepAliveAsync(List<IAsyncDisposable> connections, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await Task.WhenAll(connections.OfType<LeanHubClient>().Select(c => c.PingAsync()));
            }
        }
        catch (OperationCanceledException)
        {
            // The scenario is over.
        }
    }
}
