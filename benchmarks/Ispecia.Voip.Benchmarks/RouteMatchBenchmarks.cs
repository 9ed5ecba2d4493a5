using BenchmarkDotNet.Configs;

namespace Ispecia.Voip.Benchmarks;

/// <summary>
/// Which route takes a call, at 10 and at 10,000 routes: the compiled table the voice webhook asks, the router the
/// route tester runs (which parses every route and explains each one; the webhook used it before the table), and the
/// cost of building the table when a route changes. Each match benchmark routes every call of
/// <see cref="BenchmarkRoutes.Calls"/> and reports the time per call.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RouteMatchBenchmarks
{
    private const int Calls = 5;

    private readonly PhoneNumberService phones = new("US");
    private List<InboundRoute> few = null!;
    private List<InboundRoute> many = null!;
    private CompiledRouteTable fewTable = null!;
    private CompiledRouteTable manyTable = null!;
    private (string Called, string? Caller)[] normalised = null!;

    [GlobalSetup]
    public void Setup()
    {
        few = BenchmarkRoutes.Create(10);
        many = BenchmarkRoutes.Create(10_000);
        fewTable = CompiledRouteTable.Build(few);
        manyTable = CompiledRouteTable.Build(many);
        normalised = [.. BenchmarkRoutes.Calls.Select(c => (RouteNumbers.Normalise(c.Called, phones)!, RouteNumbers.Normalise(c.Caller, phones)))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls), BenchmarkCategory("Compiled table")]
    public int Table_10Routes() => Route(fewTable);

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("Compiled table")]
    public int Table_10000Routes() => Route(manyTable);

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls), BenchmarkCategory("Router with explanation")]
    public int Router_10Routes() => Route(few);

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("Router with explanation")]
    public int Router_10000Routes() => Route(many);

    [Benchmark, BenchmarkCategory("Build")]
    public CompiledRouteTable Build_10000Routes() => CompiledRouteTable.Build(many);

    private int Route(CompiledRouteTable table)
    {
        var ids = 0;
        foreach (var (called, caller) in normalised)
        {
            ids += table.Match(called, caller)?.Id ?? 0;
        }

        return ids;
    }

    private int Route(List<InboundRoute> routes)
    {
        var ids = 0;
        foreach (var (called, caller) in BenchmarkRoutes.Calls)
        {
            ids += InboundRouter.Match(called, caller, routes, phones).Route?.Id ?? 0;
        }

        return ids;
    }
}
