using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace Ispecia.Voip.Load.Harness;

/// <summary>
/// Makes another .NET process run a full blocking GC, without code in it: an EventPipe session over the runtime's
/// diagnostics socket that enables the GCHeapCollect keyword (what dotnet-gcdump does) induces one. The events are
/// discarded; only the collection matters, so the memory read after it is live memory, not garbage.
/// </summary>
public static class GarbageCollection
{
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;

    public static async Task InduceAsync(int pid)
    {
        var client = new DiagnosticsClient(pid);
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword);
        using var session = await client.StartEventPipeSessionAsync([provider], requestRundown: false, circularBufferMB: 16, CancellationToken.None);
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await session.StopAsync(CancellationToken.None);
        await drain;
    }

    /// <summary>Two induced collections and a pause, then the process's resident anonymous memory (bytes).</summary>
    public static async Task<long> SettledAnonymousMemoryAsync(ServerProcess server)
    {
        await InduceAsync(server.Pid);
        await InduceAsync(server.Pid);
        await Task.Delay(TimeSpan.FromSeconds(2));
        return server.Memory().RssAnon;
    }
}
