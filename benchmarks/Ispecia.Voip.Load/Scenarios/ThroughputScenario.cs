namespace Ispecia.Voip.Load.Scenarios;

/// <summary>
/// Webhook throughput (closed loop, c32) and tail latency at a fixed arrival rate (open loop), for the no-op app and
/// for the app's voice webhook (outbound and inbound) and status callbacks. Status callbacks move calls the outbound
/// runs created through initiated, ringing, in-progress and completed, each callback the next step of some call.
/// </summary>
public sealed class ThroughputScenario(Workspace workspace, LoadOptions options, ResultTable table)
{
    private const double RatioTarget = 0.25;
    private const double VoiceRatioTarget = 0.05;
    private const double P99TargetMs = 50;
    private const int StatusBlock = 500;

    public async Task RunAsync()
    {
        var (noopClosed, noopOpen) = await NoopAsync();
        await using var app = await VoipApp.StartAsync(workspace, workspace.NewDatabasePath("throughput"), "throughput");
        using var client = new LoadClient(app.BaseUrl);
        var run = Guid.NewGuid().ToString("N")[..6];
        // The floor under every webhook: the same pipeline, signature check and form parse, and a constant answer.
        HttpRequestMessage Floor(long i) => TwilioForms.Signed(TwilioForms.FloorPath, TwilioForms.Status(TwilioForms.CallSid(run + "f", i), 0));
        var floor = await MeasureAsync(client, app, "signed webhook floor", Floor, closed: true, offset: 0);

        var outboundSids = new List<string>();
        HttpRequestMessage Outbound(long i)
        {
            var sid = TwilioForms.CallSid(run + "o", i);
            lock (outboundSids)
            {
                outboundSids.Add(sid);
            }

            return TwilioForms.Signed(TwilioForms.VoicePath, TwilioForms.OutboundVoice(sid, i));
        }

        var outClosed = await MeasureAsync(client, app, "voice outbound", Outbound, closed: true, offset: 0);
        var outOpen = await MeasureAsync(client, app, "voice outbound", Outbound, closed: false, offset: 10_000_000);
        HttpRequestMessage Inbound(long i) => TwilioForms.Signed(TwilioForms.VoicePath, TwilioForms.InboundVoice(TwilioForms.CallSid(run + "i", i), i));
        var inClosed = await MeasureAsync(client, app, "voice inbound", Inbound, closed: true, offset: 0);
        var inOpen = await MeasureAsync(client, app, "voice inbound", Inbound, closed: false, offset: 10_000_000);

        // One counter over both status runs, so every callback is the next step of a call, never a repeat.
        var calls = outboundSids.ToArray();
        long counter = -1, repeats = 0;
        HttpRequestMessage Status(long _)
        {
            // Calls advance in blocks: a call's next step comes a block later, as Twilio spaces a call's callbacks by
            // seconds, so concurrent callbacks are for different calls.
            var n = Interlocked.Increment(ref counter);
            var (block, within) = Math.DivRem(n, StatusBlock * TwilioForms.StatusSteps);
            var call = (block * StatusBlock) + (within % StatusBlock);
            if (call >= calls.Length)
            {
                Interlocked.Increment(ref repeats);
            }

            return TwilioForms.Signed(TwilioForms.StatusPath, TwilioForms.Status(calls[call % calls.Length], (int)(within / StatusBlock)));
        }

        var statusClosed = await MeasureAsync(client, app, "status callbacks", Status, closed: true, offset: 0);
        var statusOpen = await MeasureAsync(client, app, "status callbacks", Status, closed: false, offset: 0);
        if (repeats > 0)
        {
            table.Note(ResultTable.F($"status callbacks: {repeats} of {counter + 1} callbacks went to calls that had already completed ({calls.Length} calls from the outbound runs)."));
        }

        Rows("status callbacks", statusClosed, statusOpen, noopClosed, noopOpen, RatioTarget);
        Rows("voice webhook outbound (client:agent1 -> US number)", outClosed, outOpen, noopClosed, noopOpen, VoiceRatioTarget);
        Rows("voice webhook inbound (caller -> agent1 DID, 3 demo routes)", inClosed, inOpen, noopClosed, noopOpen, VoiceRatioTarget);
        table.Note(ResultTable.F($"signed webhook floor (POST {TwilioForms.FloorPath}: middleware, signature, form, constant TwiML, no database): c{options.Concurrency} {floor.RequestsPerSecond:F0} req/s = {floor.RequestsPerSecond / noopClosed.RequestsPerSecond:F2}x the no-op, {floor.Latencies.Summary()}."));
        table.Note(ResultTable.F($"no-op reference: c{options.Concurrency} {noopClosed.Latencies.Summary()}; at {options.Rate} req/s {noopOpen.Latencies.Summary()}."));
    }

    private async Task<(LoadResult Closed, LoadResult Open)> NoopAsync()
    {
        await using var noop = await NoopServer.StartAsync(workspace, "throughput-noop");
        using var client = new LoadClient(noop.BaseUrl);
        var closed = await client.ClosedLoopAsync(_ => NoopServer.Request(), options.Concurrency, options.Warmup, options.Duration);
        Report("no-op", "closed", closed, noop, TimeSpan.Zero);
        var open = await client.OpenLoopAsync(_ => NoopServer.Request(), options.Rate, options.Warmup, options.Duration);
        Report("no-op", "open", open, noop, TimeSpan.Zero);
        return (closed, open);
    }

    private async Task<LoadResult> MeasureAsync(
        LoadClient client, ServerProcess app, string name, Func<long, HttpRequestMessage> request, bool closed, long offset)
    {
        var cpu = app.CpuTime();
        var result = closed
            ? await client.ClosedLoopAsync(i => request(i + offset), options.Concurrency, options.Warmup, options.Duration)
            : await client.OpenLoopAsync(i => request(i + offset), options.Rate, options.Warmup, options.Duration);
        Report(name, closed ? "closed" : "open", result, app, app.CpuTime() - cpu);
        if (result.Errors > 0)
        {
            table.Note(ResultTable.F($"{name} ({(closed ? "closed" : "open")} loop): {result.Errors} errors, first: {result.FirstError}"));
        }

        return result;
    }

    private void Report(string name, string loop, LoadResult result, ServerProcess server, TimeSpan serverCpu)
    {
        var shape = loop == "closed" ? $"c{options.Concurrency}" : ResultTable.F($"{options.Rate} req/s");
        var cpu = serverCpu > TimeSpan.Zero ? ResultTable.F($", server CPU {serverCpu.TotalSeconds:F1} s") : "";
        Console.WriteLine(ResultTable.F($"  {name} {shape}: {result.RequestsPerSecond:F0} req/s, {result.Latencies.Summary()}, errors {result.Errors}{cpu} (pid {server.Pid})"));
    }

    private void Rows(string name, LoadResult closed, LoadResult open, LoadResult noopClosed, LoadResult noopOpen, double ratioTarget)
    {
        var ratio = closed.RequestsPerSecond / noopClosed.RequestsPerSecond;
        table.Add(new ResultRow(
            ResultTable.F($"{name}, c{options.Concurrency} closed loop"),
            ResultTable.Rps(closed.RequestsPerSecond) + (closed.Errors > 0 ? ResultTable.F($" ({closed.Errors} errors)") : ""),
            "no-op " + ResultTable.Rps(noopClosed.RequestsPerSecond),
            ResultTable.X(ratio),
            ResultTable.F($">= {ratioTarget:F2}x"),
            ratio >= ratioTarget && closed.Errors == 0));
        table.Add(new ResultRow(
            ResultTable.F($"{name}, p99 at a fixed {options.Rate} req/s (open loop)"),
            ResultTable.Ms(open.Latencies.P99) + ResultTable.F($" (p50 {open.Latencies.P50:F1})") + (open.Errors > 0 ? ResultTable.F($" ({open.Errors} errors)") : ""),
            "no-op p99 " + ResultTable.Ms(noopOpen.Latencies.P99),
            ResultTable.X(open.Latencies.P99 / noopOpen.Latencies.P99),
            ResultTable.F($"<= {P99TargetMs:F0} ms"),
            open.Latencies.P99 <= P99TargetMs && open.Errors == 0));
    }
}
