using System.Net;

namespace Ispecia.Voip.Load.Harness;

/// <summary>What one load run measured.</summary>
public sealed record LoadResult(double RequestsPerSecond, Latencies Latencies, long Errors, string? FirstError);

/// <summary>
/// An HTTP/1.1 client on SocketsHttpHandler with two shapes of load: closed loop (N workers, each sends its next request
/// when the previous one answers) and open loop (requests at fixed intended times, whatever the server does; latency
/// counts from the intended send time, so a stalled server cannot hide its queue: no coordinated omission).
/// </summary>
public sealed class LoadClient : IDisposable
{
    private readonly HttpClient http;

    public LoadClient(string baseUrl, int maxConnections = 512)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http => http;

    /// <summary><paramref name="concurrency"/> workers for warm-up plus duration; only what runs inside the duration counts.</summary>
    public async Task<LoadResult> ClosedLoopAsync(Func<long, HttpRequestMessage> request, int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        var latencies = new Latencies();
        long next = -1, done = 0, errors = 0;
        string? firstError = null;
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(warmup);
        var end = measureFrom + Ticks(duration);

        async Task WorkerAsync()
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var sent = Stopwatch.GetTimestamp();
                var error = await SendAsync(request(Interlocked.Increment(ref next)));
                var answered = Stopwatch.GetTimestamp();
                if (sent < measureFrom || answered > end)
                {
                    continue;
                }

                Interlocked.Increment(ref done);
                latencies.Add(Latencies.Milliseconds(sent, answered));
                if (error is not null && Interlocked.Increment(ref errors) == 1)
                {
                    firstError = error;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
        return new LoadResult(done / duration.TotalSeconds, latencies, errors, firstError);
    }

    /// <summary><paramref name="rate"/> requests a second for warm-up plus duration; the warm-up's requests do not count.</summary>
    public async Task<LoadResult> OpenLoopAsync(Func<long, HttpRequestMessage> request, double rate, TimeSpan warmup, TimeSpan duration)
    {
        var latencies = new Latencies();
        long errors = 0;
        string? firstError = null;
        var warmupCount = (long)(rate * warmup.TotalSeconds);
        var total = warmupCount + (long)(rate * duration.TotalSeconds);
        var inFlight = new List<Task>();
        var start = Stopwatch.GetTimestamp();

        async Task OneAsync(long i, long intended)
        {
            var error = await SendAsync(request(i));
            if (i < warmupCount)
            {
                return;
            }

            latencies.Add(Latencies.Milliseconds(intended, Stopwatch.GetTimestamp()));
            if (error is not null && Interlocked.Increment(ref errors) == 1)
            {
                firstError = error;
            }
        }

        for (long i = 0; i < total; i++)
        {
            var intended = start + (long)(i * Stopwatch.Frequency / rate);
            var wait = intended - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            }

            inFlight.Add(OneAsync(i, intended));
        }

        await Task.WhenAll(inFlight);
        var elapsed = Latencies.Milliseconds(start + Ticks(warmup), Stopwatch.GetTimestamp()) / 1000;
        return new LoadResult((total - warmupCount) / elapsed, latencies, errors, firstError);
    }

    /// <summary>Null when the answer was a success, else what went wrong.</summary>
    public async Task<string?> SendAsync(HttpRequestMessage message)
    {
        try
        {
            using (message)
            using (var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead))
            {
                return response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NoContent
                    ? null
                    : $"{(int)response.StatusCode} {message.RequestUri}: {Cut(await response.Content.ReadAsStringAsync())}";
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    public void Dispose() => http.Dispose();

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static string Cut(string text) => text.Length > 200 ? text[..200] : text;
}
