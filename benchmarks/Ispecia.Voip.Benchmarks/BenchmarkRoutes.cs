using System.Globalization;

namespace Ispecia.Voip.Benchmarks;

/// <summary>
/// A route set shaped like a large deployment's: mostly one route per DID, some number ranges as prefixes and FreePBX
/// patterns, a few routes for particular callers, and a catch-all last. The same seed gives the same routes.
/// </summary>
public static class BenchmarkRoutes
{
    /// <summary>The numbers each match benchmark routes, one of each kind: a DID, a DID from a VIP caller, a
    /// number in a prefix range, one in a FreePBX range, and one only the catch-all takes.</summary>
    public static readonly (string Called, string? Caller)[] Calls =
    [
        ("+14150000007", "+12125550199"),
        ("+14150000003", "+13125550100"),
        ("+14169990123", null),
        ("+12125550142", "anonymous"),
        ("+33142685300", "+12125550199"),
    ];

    public static List<InboundRoute> Create(int count)
    {
        var random = new Random(count);
        var routes = new List<InboundRoute>(count);
        for (var i = 0; i < count - 1; i++)
        {
            var (did, caller) = (i % 20) switch
            {
                0 => ($"+1416{i % 1000:D3}*", null),
                1 => ($"_1212{i % 10}NXXXXXX", null),
                2 => ($"+1415{i:D7}", "+1312*"),
                _ => ($"+1415{i:D7}", (string?)null),
            };
            routes.Add(Route(i + 1, did, caller, random.Next(1, 10)));
        }

        routes.Add(Route(count, "*", null, 10));
        return routes;
    }

    private static InboundRoute Route(int id, string did, string? caller, int priority) => new()
    {
        Id = id,
        Name = "Route " + id.ToString(CultureInfo.InvariantCulture),
        DidPattern = did,
        CallerIdPattern = caller,
        Priority = priority,
    };
}
