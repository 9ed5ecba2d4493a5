using Ispecia.Voip.Core.Simulator.Twiml;
using Ispecia.Voip.Web.Routing;

namespace Ispecia.Voip.Tests.Routing;

public sealed class RouteTesterTests : AdminComponentTestContext
{
    [Fact]
    public async Task Run_CallToAnAgentsNumber_NamesTheWinnerWhyAndTheDialToTheirClient()
    {
        var agent = await AddUserAsync("Agent Two", "agent2", "102");
        await AddRouteAsync(new InboundRouteRequest { Name = "Any", DidPattern = "*", Priority = 5 });
        await AddRouteAsync(new InboundRouteRequest
        {
            Name = "Agent 2 direct", DidPattern = "+14155550102", Destination = RouteDestination.Agent, DestinationUserId = agent, RingTimeoutSeconds = 25,
        });
        var tester = Render<RouteTester>();

        await RunAsync(tester, "(415) 555-0102", "+12125550199");

        tester.WaitForAssertion(() => Assert.Equal(
            "'Agent 2 direct' takes a call to +14155550102 from +12125550199: Agent Agent Two.", tester.Find("[data-testid=route-tester-winner]").TextContent.Trim()));
        Assert.Equal(
            ["Agent 2 direct | wins | Wins at priority 1: +14155550102 matches the DID pattern +14155550102.",
             "Any | loses | Matches, but its priority 5 comes after 'Agent 2 direct' (priority 1)."],
            Steps(tester));
        var dial = Assert.IsType<TwimlDial>(Assert.Single(Twiml(tester).Verbs));
        Assert.Equal(25, dial.Timeout);
        Assert.Equal("agent2", Assert.IsType<TwimlClient>(Assert.Single(dial.Nouns)).Identity);
    }

    [Fact]
    public async Task Run_CallerPatternRoute_OnlyMatchingCallersGetIt()
    {
        await AddRouteAsync(new InboundRouteRequest { Name = "New York", DidPattern = "+1415*", CallerIdPattern = "+1212*", Destination = RouteDestination.Hangup });
        await AddRouteAsync(new InboundRouteRequest { Name = "Main", DidPattern = "+1415*", Priority = 2 });
        var tester = Render<RouteTester>();

        await RunAsync(tester, "+14155550100", "+13105550100");

        tester.WaitForAssertion(() => Assert.StartsWith("'Main' takes a call", tester.Find("[data-testid=route-tester-winner]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Contains("New York | no match | The caller +13105550100 does not match the caller-ID pattern +1212*.", Steps(tester));
        Assert.IsType<TwimlRecord>(Twiml(tester).Verbs[1]);
    }

    [Fact]
    public async Task Run_NoRouteMatches_SaysTheDefaultAnswersAndShowsNoTwiml()
    {
        await AddRouteAsync(new InboundRouteRequest { Name = "Main", DidPattern = "+14155550100" });
        var tester = Render<RouteTester>();

        await RunAsync(tester, "+14155550199", caller: null);

        tester.WaitForAssertion(() => Assert.Equal(
            "No active route takes a call to +14155550199: the caller gets the default answer.", tester.Find("[data-testid=route-tester-winner]").TextContent.Trim()));
        Assert.Empty(tester.FindAll("[data-testid=route-tester-twiml]"));
    }

    [Fact]
    public async Task Run_NoCalledNumber_AsksForItAndShowsNoResult()
    {
        var tester = Render<RouteTester>();

        await RunAsync(tester, "  ", "+12125550199");

        tester.WaitForAssertion(() => Assert.Equal(
            "Enter the number that was called, e.g. +14155550100.", tester.Find("[data-testid=route-tester-error]").TextContent.Trim()));
        Assert.Empty(tester.FindAll("[data-testid=route-tester-result]"));
    }

    [Fact]
    public async Task Run_AgentDeactivated_ShowsTheFallbackTheWebhookWouldAnswer()
    {
        var agent = await AddUserAsync("Agent Two", "agent2", "102");
        await using (var db = await Db.CreateDbContextAsync(Cancel))
        {
            await db.Users.Where(u => u.Id == agent).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false), Cancel);
        }

        await AddRouteAsync(new InboundRouteRequest { Name = "Agent 2 direct", DidPattern = "+14155550102", Destination = RouteDestination.Agent, DestinationUserId = agent });
        var tester = Render<RouteTester>();

        await RunAsync(tester, "+14155550102", caller: null);

        // The voice webhook rings only people who may sign in: a deactivated user's calls go to the fallback.
        tester.WaitForElement("[data-testid=route-tester-twiml]");
        Assert.DoesNotContain(Twiml(tester).Verbs, v => v is TwimlDial);
        Assert.IsType<TwimlRecord>(Twiml(tester).Verbs[1]);
    }

    [Fact]
    public async Task Run_ForwardWithoutItsOwnTrunk_DialsThroughTheDefaultTrunkWithoutItsPassword()
    {
        await Get<TrunkService>().SaveAsync(new TrunkRequest
        {
            Name = "Carrier One", Host = "sip.carrier.example.com", Username = "ispecia", Password = "Stored-Secret-7",
        }, Admin, Cancel);
        await AddRouteAsync(new InboundRouteRequest
        {
            Name = "After hours", DidPattern = "+14155550100", Destination = RouteDestination.ExternalNumber, DestinationNumber = "+12125550199",
        });
        var tester = Render<RouteTester>();

        await RunAsync(tester, "+14155550100", caller: null);

        tester.WaitForElement("[data-testid=route-tester-twiml]");
        var dial = Assert.IsType<TwimlDial>(Assert.Single(Twiml(tester).Verbs));
        var sip = Assert.IsType<TwimlSip>(Assert.Single(dial.Nouns));
        Assert.Equal(("sip:+12125550199@sip.carrier.example.com:5060;transport=udp", "ispecia", null), (sip.Uri, sip.Username, sip.Password));
        Assert.DoesNotContain("Stored-Secret-7", tester.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revision_RoutesChangedAfterARun_WorksTheResultOutAgain()
    {
        var id = await AddRouteAsync(new InboundRouteRequest { Name = "Main", DidPattern = "+14155550100" });
        var tester = Render<RouteTester>(p => p.Add(t => t.Revision, 1));
        await RunAsync(tester, "+14155550100", caller: null);
        tester.WaitForAssertion(() => Assert.StartsWith("'Main' takes", tester.Find("[data-testid=route-tester-winner]").TextContent.Trim(), StringComparison.Ordinal));

        await Get<InboundRouteService>().SetActiveAsync(id, false, Admin, Cancel);
        tester.Render(p => p.Add(t => t.Revision, 2));

        tester.WaitForAssertion(() => Assert.StartsWith("No active route takes", tester.Find("[data-testid=route-tester-winner]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(["Main | inactive | Inactive: switched off."], Steps(tester));
    }

    private Task<int> AddRouteAsync(InboundRouteRequest request) => Get<InboundRouteService>().CreateAsync(request, Admin, Cancel);

    private static async Task RunAsync(IRenderedComponent<RouteTester> tester, string called, string? caller)
    {
        tester.Find("input[data-testid=route-tester-called]").Change(called);
        tester.Find("input[data-testid=route-tester-caller]").Change(caller ?? "");
        await ClickAsync(tester.Find("[data-testid=route-tester-run]"));
    }

    /// <summary>Each explanation row as "route | verdict | reason".</summary>
    private static List<string> Steps(IRenderedComponent<RouteTester> tester) =>
        tester.FindAll("[data-testid=route-tester-step]")
            .Select(row => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Select(cells => $"{cells[0]} | {cells[2]} | {cells[3]}")
            .ToList();

    private static TwimlDocument Twiml(IRenderedComponent<RouteTester> tester) =>
        TwimlDocument.Parse(tester.Find("[data-testid=route-tester-twiml]").TextContent);
}
