namespace Ispecia.Voip.Tests.Routing;

public sealed class RouteConflictDetectorTests
{
    [Fact]
    public void FindUnreachable_CatchAllFirst_ShadowsEverythingAfterIt()
    {
        var routes = RouteTable.Parse("Later=+14155550100@2; Catch-all=*@1; Prefix=+1555*@3; Vip=*|+1212*@4");

        var unreachable = RouteConflictDetector.FindUnreachable(routes);

        Assert.Equal(["Later", "Prefix", "Vip"], unreachable.Select(u => u.Route.Name));
        Assert.All(unreachable, u => Assert.Equal("Catch-all", u.ShadowedBy.Name));
        Assert.Equal("Never wins: 'Catch-all' (#2) answers every call to +14155550100, and its priority 1 is tried first.", unreachable[0].Reason);
    }

    [Fact]
    public void FindUnreachable_IdenticalDuplicates_ReportsTheHigherId()
    {
        var routes = RouteTable.Parse("Copy=+1415*@5#8; Original=+1415*@5#3");

        var unreachable = Assert.Single(RouteConflictDetector.FindUnreachable(routes));

        Assert.Equal("Copy", unreachable.Route.Name);
        Assert.Equal("Original", unreachable.ShadowedBy.Name);
        Assert.Equal("Never wins: 'Original' (#3) answers every call to +1415* at the same priority with the same patterns, and its lower id wins the tie.", unreachable.Reason);
    }

    [Fact]
    public void FindUnreachable_BroaderPatternRanksHigherAtSamePriority_ReportsTheNarrowerOne()
    {
        var routes = RouteTable.Parse("Pbx=_X.@1; Prefix=+1415*@1");

        var unreachable = Assert.Single(RouteConflictDetector.FindUnreachable(routes));

        Assert.Equal("Prefix", unreachable.Route.Name);
        Assert.Equal("Never wins: 'Pbx' (#1) answers every call to +1415* at the same priority, and its DID pattern _X. ranks as more specific.", unreachable.Reason);
    }

    [Fact]
    public void FindUnreachable_BroaderCallerPatternRanksHigher_ReportsTheNarrowerOne()
    {
        var routes = RouteTable.Parse("Pbx=*|_X.@1; Prefix=*|+1212*@1");

        var unreachable = Assert.Single(RouteConflictDetector.FindUnreachable(routes));

        Assert.Equal("Prefix", unreachable.Route.Name);
        Assert.Equal("Never wins: 'Pbx' (#1) answers every call to * from callers matching _X. at the same priority, and its caller-ID pattern _X. ranks as more specific.", unreachable.Reason);
    }

    [Fact]
    public void FindUnreachable_Chain_NamesTheFirstShadow()
    {
        var routes = RouteTable.Parse("All=*@1; Us=+1*@2; Sf=+1415*@3");

        var unreachable = RouteConflictDetector.FindUnreachable(routes);

        Assert.Equal([("Us", "All"), ("Sf", "All")], unreachable.Select(u => (u.Route.Name, u.ShadowedBy.Name)));
    }

    [Theory]
    [InlineData("Narrow=+1415*@1; Wide=*@2")]
    [InlineData("Exact=+14155550100@1; Any=*@1")]
    [InlineData("Pbx=_1NXXNXXXXXX@1; Prefix=+1*@2")]
    [InlineData("Open=_1XXX.@1; Prefix=+1415*@2")]
    [InlineData("Vip=*|+1212*@1; All=*@2")]
    [InlineData("Known=*|*@1; All=*@2")]
    [InlineData("Wide=+1*|+1212*@1; Narrow=+1415*|*@2")]
    [InlineData("Off=*@1!off; Exact=+14155550100@2")]
    [InlineData("Any=*@1; Off=+1415*@2!off")]
    [InlineData("Broken=_1[2@1; Exact=+14155550100@2")]
    [InlineData("Any=*@1; Broken=_1[2@2")]
    [InlineData("Prefix=+1415*@1; Specific=+14155*@1")]
    [InlineData("Caller=*|+1212*@1; Exact=*|+12125550199@1")]
    [InlineData("")]
    public void FindUnreachable_EveryRouteCanWinSomeCall_ReportsNothing(string routes)
    {
        Assert.Empty(RouteConflictDetector.FindUnreachable(RouteTable.Parse(routes)));
    }

    [Theory]
    [InlineData("Same=*|+1212*@1; Vip=*|+12125550199@2", "Vip")]
    [InlineData("All=+1*@1; Vip=+1415*|+1212*@2", "Vip")]
    [InlineData("Us=_1NXXNXXXXXX@1; Sf=_1415NXXXXXX@2", "Sf")]
    [InlineData("Us=+1*@1; Sf=_1415NXXXXXX@2", "Sf")]
    [InlineData("Dup=+14155550100@1; Again=+14155550100@1", "Again")]
    [InlineData("Dup=+14155550100@1; Pbx=_14155550100@2", "Pbx")]
    public void FindUnreachable_CoveredAndTriedLater_ReportsIt(string routes, string expected)
    {
        var unreachable = Assert.Single(RouteConflictDetector.FindUnreachable(RouteTable.Parse(routes)));

        Assert.Equal(expected, unreachable.Route.Name);
    }
}
