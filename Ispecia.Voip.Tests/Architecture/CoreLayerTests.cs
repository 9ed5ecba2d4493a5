using Ispecia.Voip.Core;

namespace Ispecia.Voip.Tests.Architecture;

/// <summary>
/// Core's namespaces stack in the order of docs/architecture.md section 2: each may use only those before it.
/// A new namespace fails here until it is given its place, so the order stays the documented one.
/// </summary>
public class CoreLayerTests
{
    private const string Root = "Ispecia.Voip.Core";

    /// <summary>Lowest first. "" is the root, where DependencyInjection composes everything.</summary>
    private static readonly string[] Layers =
    [
        "Common", "Configuration", "Phone", "Twilio", "Accounts.Model", "Data", "Audit", "Accounts", "Teams", "Trunks",
        "Routing", "Contacts", "Leads", "Calls", "Calls.Events", "Calls.Outbound", "Calls.History", "Recordings", "Presence",
        "Queues", "Reports",
        "Webhooks", "CallControl", "Setup",
        // Generated from every feature's entity configuration; nothing names them (EF Core finds them by attribute).
        "Data.CompiledModels.Sqlite", "Data.CompiledModels.Postgres", "",
    ];

    /// <summary>
    /// The simulator counts as one node: it is one leaf component (SimulatorBoundaryTests), and inside it an
    /// interpreter and the dialler it drives call each other by nature, so its folders organise it without layering it.
    /// </summary>
    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(
        typeof(DependencyInjection).Assembly,
        Root,
        ns => ns.Contains(".Migrations", StringComparison.Ordinal),
        ns => IsSimulator(ns) ? $"{Root}.Simulator" : ns);

    [Fact]
    public void CoreNamespaces_FormNoCycle()
    {
        var cycles = Graph.Cycles();

        Assert.True(cycles.Count == 0, "Core namespaces that use each other in a circle:\n" + string.Join("\n", cycles.SelectMany(Graph.Explain)));
    }

    [Fact]
    public void EveryCoreNamespace_UsesOnlyTheLayersBeneathIt()
    {
        var upward = (
            from edge in Graph.Edges
            where !IsSimulator(edge.Key)
            from target in edge.Value
            where Rank(target.Key) >= Rank(edge.Key)
            select $"{edge.Key} -> {target.Key}: {string.Join("; ", target.Value.Take(3))}").ToList();

        Assert.True(upward.Count == 0, "Uses of a layer above (reorder the code, or invert the dependency with an interface the lower layer owns):\n" + string.Join("\n", upward));
    }

    [Fact]
    public void EveryCoreNamespace_HasItsPlaceInTheLayers()
    {
        var namespaces = typeof(DependencyInjection).Assembly.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.StartsWith(Root, StringComparison.Ordinal) && !ns.Contains(".Migrations", StringComparison.Ordinal) && !IsSimulator(ns))
            .Select(Relative)
            .Distinct()
            .ToList();

        Assert.All(namespaces, ns => Assert.Contains(ns, Layers));
    }

    [Fact]
    public void Data_NamesNoFeature_ButTheIdentityUser()
    {
        var features = Graph.Edges.GetValueOrDefault($"{Root}.Data")?.Keys.Select(Relative).ToList() ?? [];

        Assert.All(features, ns => Assert.Contains(ns, new[] { "Common", "Configuration", "Accounts.Model" }));
    }

    private static bool IsSimulator(string ns) => ns == $"{Root}.Simulator" || ns.StartsWith($"{Root}.Simulator.", StringComparison.Ordinal);

    private static string Relative(string ns) => ns == Root ? "" : ns[(Root.Length + 1)..];

    private static int Rank(string ns) => Array.IndexOf(Layers, Relative(ns)) is var i and >= 0 ? i : int.MaxValue;
}
