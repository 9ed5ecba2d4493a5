namespace Ispecia.Voip.Tests.Routing;

public sealed class InboundRouterTests
{
    private readonly PhoneNumberService phone = new("US");

    [Fact]
    public void Match_EveryKindOfRoute_ExplainsWhatBecameOfEach()
    {
        var routes = RouteTable.Parse(
            "Winner=+14155550100@2#5; Off=*@1#1!off; OtherDid=+14155550199@1#2; Vip=*|+13125550100@1#3; "
            + "Later=*@3#4; Vaguer=+1415*@2#6; Twin=+14155550100@2#9; Broken=_1[2@1#8");

        var result = InboundRouter.Match("(415) 555-0100", "+1 212 555 0199", routes, phone);

        Assert.Equal("Winner", result.Route?.Name);
        var verdicts = result.Explanation.ToDictionary(d => d.Route.Name, d => d.Verdict);
        Assert.Equal(RouteVerdict.Won, verdicts["Winner"]);
        Assert.Equal(RouteVerdict.Inactive, verdicts["Off"]);
        Assert.Equal(RouteVerdict.DidDoesNotMatch, verdicts["OtherDid"]);
        Assert.Equal(RouteVerdict.CallerDoesNotMatch, verdicts["Vip"]);
        Assert.Equal(RouteVerdict.LostOnPriority, verdicts["Later"]);
        Assert.Equal(RouteVerdict.LostOnSpecificity, verdicts["Vaguer"]);
        Assert.Equal(RouteVerdict.LostOnId, verdicts["Twin"]);
        Assert.Equal(RouteVerdict.InvalidPattern, verdicts["Broken"]);
    }

    [Fact]
    public void Match_Explanation_ListsRoutesByPriorityThenId()
    {
        var routes = RouteTable.Parse("C=*@2#3; B=*@1#9; A=*@1#4");

        var result = InboundRouter.Match("+14155550100", null, routes, phone);

        Assert.Equal(["A", "B", "C"], result.Explanation.Select(d => d.Route.Name));
    }

    [Fact]
    public void Match_NationalInput_ReturnsNormalisedNumbers()
    {
        var result = InboundRouter.Match(" (415) 555-0100 ", "212.555.0199", [], phone);

        Assert.Null(result.Route);
        Assert.Equal("+14155550100", result.Called);
        Assert.Equal("+12125550199", result.Caller);
        Assert.Empty(result.Explanation);
    }

    [Theory]
    [InlineData("anonymous", "anonymous")]
    [InlineData(" client:alice ", "client:alice")]
    [InlineData("+1 415 000 0000", "+14150000000")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Match_CallerThatIsNotAValidNumber_IsKeptRecognisably(string? caller, string? normalised)
    {
        var result = InboundRouter.Match("+14155550100", caller, [], phone);

        Assert.Equal(normalised, result.Caller);
    }

    [Fact]
    public void Match_NationalInputInGb_IsReadAsAUkNumber()
    {
        var routes = RouteTable.Parse("London=+442079460958; Us=+1*");

        var result = InboundRouter.Match("020 7946 0958", "0161 496 0000", routes, new PhoneNumberService("GB"));

        Assert.Equal("London", result.Route?.Name);
        Assert.Equal("+441614960000", result.Caller);
    }

    [Fact]
    public void Match_Winner_ReasonNamesPriorityAndPatterns()
    {
        var routes = RouteTable.Parse("Vip=+14155550100|+1212*@3");

        var decision = Assert.Single(InboundRouter.Match("+14155550100", "+12125550199", routes, phone).Explanation);

        Assert.Equal("Wins at priority 3: +14155550100 matches the DID pattern +14155550100 and the caller +12125550199 matches +1212*.", decision.Reason);
    }

    [Theory]
    [InlineData("Win=*@1; Lose=+1415*@2", "Lose", "Matches, but its priority 2 comes after 'Win' (priority 1).")]
    [InlineData("Win=+14155550100; Lose=+1415*", "Lose", "Matches at the same priority, but 'Win' has the more specific DID pattern (+14155550100 beats +1415*).")]
    [InlineData("Win=*|+1312*; Lose=*", "Lose", "Matches at the same priority with an equally specific DID pattern, but 'Win' has the more specific caller-ID pattern (+1312* beats none).")]
    [InlineData("Win=*#2; Lose=*#5", "Lose", "Ties with 'Win' on priority and patterns; the lower id wins (#2 before #5).")]
    [InlineData("Win=*; Lose=+1212*", "Lose", "The called number +14155550100 does not match the DID pattern +1212*.")]
    [InlineData("Win=*; Lose=*|+1212*", "Lose", "The caller +13125550100 does not match the caller-ID pattern +1212*.")]
    [InlineData("Win=*; Lose=*!off", "Lose", "Inactive: switched off.")]
    [InlineData("Win=*; Lose=_1[2", "Lose", "DID pattern '_1[2' is invalid: Unclosed '[' at position 3.")]
    [InlineData("Win=*; Lose=*|1212*", "Lose", "Caller-ID pattern '1212*' is invalid: Start with + and the country code. A prefix is + and digits followed by *, like +1555*.")]
    public void Match_LosingRoute_ReasonSaysWhy(string routes, string name, string reason)
    {
        var result = InboundRouter.Match("+14155550100", "+13125550100", RouteTable.Parse(routes), phone);

        Assert.Equal("Win", result.Route?.Name);
        Assert.Equal(reason, result.Explanation.Single(d => d.Route.Name == name).Reason);
    }

    [Fact]
    public void Match_NoCallerAndCallerPattern_SaysThereIsNoCaller()
    {
        var result = InboundRouter.Match("+14155550100", null, RouteTable.Parse("Vip=*|+1212*"), phone);

        Assert.Null(result.Route);
        Assert.Equal("There is no caller number to match the caller-ID pattern +1212*.", Assert.Single(result.Explanation).Reason);
    }

    [Fact]
    public void Match_UnsavedTwins_FirstGivenWins()
    {
        var routes = RouteTable.Parse("First=*#0; Second=*#0");

        Assert.Equal("First", InboundRouter.Match("+14155550100", null, routes, phone).Route?.Name);
    }
}
