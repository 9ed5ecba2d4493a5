using System.Reflection;

namespace Ispecia.Voip.Tests.Routing;

/// <summary>
/// The compiled table the voice webhook uses must pick exactly the route <see cref="InboundRouter.Match"/> picks; the
/// router, which the route tester runs, is the reference here.
/// </summary>
public sealed class CompiledRouteTableTests
{
    private readonly PhoneNumberService phone = new("US");

    /// <summary>Every row of <see cref="InboundRouterTableTests"/>, so the table is held to the same situations.</summary>
    public static TheoryData<string, string, string?, string> RouterTableRows()
    {
        var rows = new TheoryData<string, string, string?, string>();
        var theory = typeof(InboundRouterTableTests).GetMethod(nameof(InboundRouterTableTests.Match_RouteTable_PicksTheExpectedRoute))!;
        foreach (var row in theory.GetCustomAttributes<InlineDataAttribute>())
        {
            rows.Add((string)row.Data[0]!, (string)row.Data[1]!, (string?)row.Data[2], (string)row.Data[3]!);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(RouterTableRows))]
    public void Match_EveryRowOfTheRouterTable_PicksTheExpectedRoute(string routes, string called, string? caller, string expected)
    {
        var table = CompiledRouteTable.Build(RouteTable.Parse(routes));

        Assert.Equal(expected, Match(table, called, caller)?.Name ?? "-");
    }

    [Fact]
    public void RouterTableRows_AreAllThere()
    {
        Assert.True(RouterTableRows().Count >= 50);
    }

    [Fact]
    public void Match_RandomRouteSets_PicksTheRouteTheRouterPicks()
    {
        var mismatches = new List<string>();
        var compared = 0;
        for (var seed = 0; seed < 600 && mismatches.Count < 5; seed++)
        {
            var random = new RandomRoutes(seed);
            var routes = random.Routes(seed % 40);
            var table = CompiledRouteTable.Build(routes);
            for (var i = 0; i < 40; i++)
            {
                var (called, caller) = (random.Number(routes) ?? "", random.Number(routes));
                var expected = InboundRouter.Match(called, caller, routes, phone).Route;
                var actual = Match(table, called, caller);
                compared++;
                if (!ReferenceEquals(expected, actual))
                {
                    mismatches.Add($"seed {seed}, {called} from {caller ?? "(none)"}: router {Describe(expected, routes)}, table {Describe(actual, routes)}; routes: "
                        + string.Join("; ", routes.Select(Describe)));
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(compared >= 20_000);
    }

    [Fact]
    public void Match_RandomRouteSets_MatchMostOfTheTime()
    {
        // Guards the test above from passing vacuously: most of its numbers must find a route.
        var random = new RandomRoutes(7);
        var routes = random.Routes(30);
        var table = CompiledRouteTable.Build(routes);

        var matched = Enumerable.Range(0, 400).Count(_ => Match(table, random.Number(routes) ?? "", random.Number(routes)) is not null);

        Assert.InRange(matched, 120, 400);
    }

    [Fact]
    public void Build_InactiveAndInvalidRoutes_AreLeftOut()
    {
        var table = CompiledRouteTable.Build(RouteTable.Parse("On=*; Off=*!off; Bad=_1[2; Caller=*|12*"));

        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Match_TenThousandRoutes_FindsEachKindOfPattern()
    {
        var routes = Enumerable.Range(0, 10_000)
            .Select(i => new InboundRoute { Id = i + 1, Name = $"Exact {i}", DidPattern = $"+1415{i:D7}", Priority = 5 })
            .Concat(RouteTable.Parse("Pbx=_1212NXXXXXX@5#20001; Prefix=+44*@5#20002; Vip=+14150000042|+1312*@5#20003; Any=*@9#20004"))
            .ToList();
        var table = CompiledRouteTable.Build(routes);

        Assert.Equal("Exact 42", table.Match("+14150000042", "+12125550199")?.Name);
        Assert.Equal("Vip", table.Match("+14150000042", "+13125550100")?.Name);
        Assert.Equal("Pbx", table.Match("+12125550199", null)?.Name);
        Assert.Equal("Prefix", table.Match("+442079460958", null)?.Name);
        Assert.Equal("Any", table.Match("+33142685300", null)?.Name);
        Assert.Null(table.Match("anonymous", null));
    }

    [Theory]
    [InlineData("+14155550100")]
    [InlineData("(415) 555-0100")]
    [InlineData("+1 415 000 0000")]
    [InlineData("020 7946 0958")]
    [InlineData("anonymous")]
    [InlineData(" client:alice ")]
    [InlineData("")]
    public void Normalise_WithTheWebhooksParse_ReadsTheNumberAsTheRouterDoes(string input)
    {
        // The webhook parses each number once and hands that result on; the router parses again what the webhook
        // stored (E.164 when valid). Both must give the number the patterns are compared with.
        var stored = phone.Parse(input) is { IsValid: true, E164: { } e164 } ? e164 : input;

        Assert.Equal(RouteNumbers.Normalise(stored, phone), RouteNumbers.Normalise(input, phone.Parse(input)));
    }

    /// <summary>What the voice webhook does: normalise both numbers, then ask the table.</summary>
    private InboundRoute? Match(CompiledRouteTable table, string called, string? caller) =>
        table.Match(RouteNumbers.Normalise(called, phone), RouteNumbers.Normalise(caller, phone));

    private static string Describe(InboundRoute? route, List<InboundRoute> routes) =>
        route is null ? "none" : $"route {routes.IndexOf(route)}";

    private static string Describe(InboundRoute route, int index) =>
        $"{index}: {route.DidPattern}|{route.CallerIdPattern}@{route.Priority}#{route.Id}{(route.IsActive ? "" : "!off")}";
}
