namespace Ispecia.Voip.Tests.Routing;

/// <summary>Which route wins, one row per situation. Route lines: see <see cref="RouteTable"/>; "-" = no route.</summary>
public sealed class InboundRouterTableTests
{
    private readonly PhoneNumberService phone = new("US");

    [Theory]
    // Exact numbers, and the called number in the forms people and carriers send.
    [InlineData("A=+14155550100", "+14155550100", null, "A")]
    [InlineData("A=+14155550100", "+14155550101", null, "-")]
    [InlineData("A=+14155550100", "(415) 555-0100", null, "A")]
    [InlineData("A=+14155550100", "415.555.0100", null, "A")]
    [InlineData("A=+14155550100", "1 415 555 0100", null, "A")]
    [InlineData("A=+14155550100", "tel:+1-415-555-0100", null, "A")]
    [InlineData("A=+14155550101; B=+14155550100", "+14155550100", null, "B")]
    [InlineData("Sim=+14155550001", "+1 415 555 0001", null, "Sim")]
    // Prefixes and '*'.
    [InlineData("Any=*", "+442079460958", null, "Any")]
    [InlineData("Any=*", "", null, "-")]
    [InlineData("P=+1415*", "+14155550100", null, "P")]
    [InlineData("P=+1415*", "+14165550100", null, "-")]
    [InlineData("Short=+1*; Long=+1415*", "+14155550100", null, "Long")]
    [InlineData("Short=+1*; Long=+1415*", "+12125550199", null, "Short")]
    // Specificity at the same priority: exact > FreePBX > prefix > '*'.
    [InlineData("Exact=+14155550100; Prefix=+1415*", "+14155550100", null, "Exact")]
    [InlineData("Prefix=+1415*; Exact=+14155550100", "+14155550100", null, "Exact")]
    [InlineData("Any=*; Exact=+14155550100", "+14155550100", null, "Exact")]
    [InlineData("Pbx=_1NXXNXXXXXX; Prefix=+1415*", "+14155550100", null, "Pbx")]
    [InlineData("Pbx=_1NXXNXXXXXX; Exact=+14155550100", "+14155550100", null, "Exact")]
    [InlineData("Any=*; Pbx=_1NXXNXXXXXX", "+14155550100", null, "Pbx")]
    [InlineData("Wide=_1NXXNXXXXXX; Narrow=_1415NXXXXXX", "+14155550100", null, "Narrow")]
    [InlineData("Wide=_1NXXNXXXXXX; Narrow=_1415NXXXXXX", "+12125550199", null, "Wide")]
    [InlineData("Open=_1415.; Fixed=_1415NXXXXXX", "+14155550100", null, "Fixed")]
    // FreePBX patterns.
    [InlineData("Pbx=_1NXXNXXXXXX", "+11155550100", null, "-")]
    [InlineData("Pbx=_+44[1-3]XXXXXXXXX", "+442079460958", null, "Pbx")]
    [InlineData("Pbx=_+44[1-3]XXXXXXXXX", "+447700900123", null, "-")]
    [InlineData("Pbx=_44X.", "+442079460958", null, "Pbx")]
    [InlineData("Pbx=_1415555010[0-4]", "+14155550103", null, "Pbx")]
    [InlineData("Pbx=_1415555010[0-4]", "+14155550105", null, "-")]
    // Priority first, whatever the patterns.
    [InlineData("Any=*@1; Exact=+14155550100@2", "+14155550100", null, "Any")]
    [InlineData("Exact=+14155550100@3; Prefix=+1415*@2", "+14155550100", null, "Prefix")]
    [InlineData("Exact=+14155550100@5; Catch=*@10", "+14155550101", null, "Catch")]
    [InlineData("Last=*@9999; Other=+1415*@5000", "+14155550100", null, "Other")]
    // Equal priority and patterns: the lower id.
    [InlineData("Tie1=+1415*#7; Tie2=+1415*#3", "+14155550100", null, "Tie2")]
    [InlineData("Tie1=+1415*#3; Tie2=+1415*#7", "+14155550100", null, "Tie1")]
    // Inactive routes and broken patterns are passed over.
    [InlineData("Off=+14155550100@1!off; On=*@9", "+14155550100", null, "On")]
    [InlineData("Off=*!off", "+14155550100", null, "-")]
    [InlineData("Bad=_1[2@1; Good=*@2", "+14155550100", null, "Good")]
    // Caller-ID patterns.
    [InlineData("Vip=*|+12125550199; All=*", "+14155550100", "+12125550199", "Vip")]
    [InlineData("Vip=*|+12125550199; All=*", "+14155550100", "+13125550100", "All")]
    [InlineData("Vip=*|+12125550199", "+14155550100", "anonymous", "-")]
    [InlineData("Vip=*|+12125550199@1; All=*@2", "+14155550100", null, "All")]
    [InlineData("Known=*|*@1; All=*@2", "+14155550100", "anonymous", "All")]
    [InlineData("Known=*|*@1; All=*@2", "+14155550100", "client:alice", "All")]
    [InlineData("All=*; Known=*|*", "+14155550100", "+12125550199", "Known")]
    [InlineData("Uk=*|+44*; Known=*|*", "+14155550100", "+442079460958", "Uk")]
    [InlineData("Vip=*|+12125550199", "+14155550100", "(212) 555-0199", "Vip")]
    [InlineData("Vip=+14155550100|_1212NXXXXXX@1; Main=+14155550100@2", "+14155550100", "+12125550199", "Vip")]
    [InlineData("Vip=+14155550100|_1212NXXXXXX@1; Main=+14155550100@2", "+14155550100", "+13125550100", "Main")]
    [InlineData("Vip=+14155550100|+12125550199", "+14155550101", "+12125550199", "-")]
    [InlineData("Exact=+14155550100|*; Caller=*|+12125550199", "+14155550100", "+12125550199", "Exact")]
    // No routes at all.
    [InlineData("", "+14155550100", "+12125550199", "-")]
    public void Match_RouteTable_PicksTheExpectedRoute(string routes, string called, string? caller, string expected)
    {
        var result = InboundRouter.Match(called, caller, RouteTable.Parse(routes), phone);

        Assert.Equal(expected, result.Route?.Name ?? "-");
        Assert.Equal(expected != "-", result.IsMatch);
    }
}
