using System.Diagnostics;
using System.Net.Sockets;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>A throwaway redis-server (Debian's) on a free loopback port, stopped on dispose.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process process;

    private RedisServer(Process process, int port)
    {
        this.process = process;
        ConnectionString = $"127.0.0.1:{port}";
    }

    public string ConnectionString { get; }

    /// <summary>Starts one, or skips the test (fails it with CI=true) when redis-server is not installed.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        if (executable is null)
        {
            if (TestEnvironment.IsCi)
            {
                Assert.Fail("CI=true but redis-server is not installed: .ci/run must install it.");
            }

            Assert.Skip("Install redis-server (apt-get install -y redis-server) to run the backplane test.");
        }

        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo(executable!, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
                return new RedisServer(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        process.Kill();
        throw new InvalidOperationException("redis-server did not start within 10 s.");
    }

    /// <summary>A loopback port nothing listens on (until someone takes it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
