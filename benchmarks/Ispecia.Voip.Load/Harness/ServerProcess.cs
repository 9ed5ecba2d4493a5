using System.Net;
using System.Net.Sockets;

namespace Ispecia.Voip.Load.Harness;

/// <summary>
/// A server started as its own process (`dotnet some.dll --urls ...`), its output kept in a log file, killed on dispose.
/// <see cref="StartedIn"/> is process start to the first 200 of the ready path.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private ServerProcess(Process process, StreamWriter log, int port)
    {
        this.process = process;
        this.log = log;
        Port = port;
    }

    public int Port { get; }

    public int Pid => process.Id;

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public TimeSpan StartedIn { get; private set; }

    public static async Task<ServerProcess> StartAsync(
        string dll, IEnumerable<string> extraArgs, IReadOnlyDictionary<string, string> environment, string readyPath, string logPath,
        string workingDirectory, TimeSpan? timeout = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in extraArgs)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {dll}");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, log, port);
        try
        {
            await server.WaitForOkAsync(readyPath, started, timeout ?? TimeSpan.FromSeconds(120));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Resident and anonymous (heap) memory of the process from /proc, in bytes.</summary>
    public (long Rss, long RssAnon) Memory()
    {
        long Field(string[] lines, string name) =>
            long.Parse(lines.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        var status = File.ReadAllLines($"/proc/{Pid}/status");
        return (Field(status, "VmRSS:"), Field(status, "RssAnon:"));
    }

    /// <summary>User plus system CPU time the process has used so far (from /proc/PID/stat).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>CPU time used so far by each kind of thread (thread-pool workers, tiered JIT, GC...), by thread name.</summary>
    public Dictionary<string, TimeSpan> CpuTimeByThread()
    {
        var byName = new Dictionary<string, TimeSpan>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{Pid}/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')].TrimEnd('+');
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                byName[name] = byName.GetValueOrDefault(name) + TimeSpan.FromSeconds(ticks / 100.0);
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }

        return byName;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        await log.DisposeAsync();
    }

    private async Task WaitForOkAsync(string path, long started, TimeSpan timeout)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
        var url = BaseUrl + path;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode} before {path} answered; see the log.");
            }

            try
            {
                using var response = await http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    StartedIn = TimeSpan.FromSeconds((double)(Stopwatch.GetTimestamp() - started) / Stopwatch.Frequency);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"{url} did not answer 200 within {timeout.TotalSeconds} s.");
            }

            await Task.Delay(10);
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
