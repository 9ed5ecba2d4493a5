using Ispecia.Voip.Web.Routing;

namespace Ispecia.Voip.Tests.Routing;

public sealed class RouteDialogTests : AdminComponentTestContext
{
    [Fact]
    public async Task Save_BadDidAndCallerPatterns_SaysWhatIsWrongWithEachAndSavesNothing()
    {
        var (provider, _) = await OpenAsync(routeId: null);
        provider.Find("input[data-testid=route-name]").Change("Main line");
        provider.Find("input[data-testid=route-did]").Change("4155550100");
        provider.Find("input[data-testid=route-caller]").Change("+1 212*");

        await ClickAsync(provider.Find("[data-testid=route-save]"));

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Start with + and the country code. Use E.164 like +14155550100.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Remove spaces and punctuation. A prefix is + and digits followed by *, like +1555*.", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Empty(await Get<InboundRouteService>().ListAsync(Cancel));
    }

    [Theory]
    [InlineData("Agent", "Choose the agent who takes these calls.")]
    [InlineData("Team", "Choose the team that takes these calls.")]
    [InlineData("External number", "Enter the number to forward calls to.")]
    public async Task Save_DestinationWithoutItsTarget_AsksForItAndSavesNothing(string destination, string message)
    {
        var (provider, _) = await OpenAsync(routeId: null);
        provider.Find("input[data-testid=route-name]").Change("Main line");
        provider.Find("input[data-testid=route-did]").Change("+14155550100");
        await SelectAsync(provider, "route-destination", destination);

        await ClickAsync(provider.Find("[data-testid=route-save]"));

        provider.WaitForAssertion(() => Assert.Contains(message, provider.Markup, StringComparison.Ordinal));
        Assert.Empty(await Get<InboundRouteService>().ListAsync(Cancel));
    }

    [Fact]
    public async Task AgentPicker_UsersWithAndWithoutLines_OffersOnlyPeopleWithAVoipAccount()
    {
        await AddUserAsync("Ana Lima", "ana.lima", "101");
        await AddUserAsync("Cy Nolan");
        var (provider, _) = await OpenAsync(routeId: null);
        await SelectAsync(provider, "route-destination", "Agent");

        var options = await OpenSelectAsync(provider, "route-agent");

        Assert.Equal(["Ana Lima (ana.lima)"], options);
    }

    [Fact]
    public async Task Save_ValidAgentRoute_StoresItAfterTheExistingRoutes()
    {
        await Get<InboundRouteService>().CreateAsync(new InboundRouteRequest { Name = "Any", DidPattern = "*", Priority = 4 }, Admin, Cancel);
        var ana = await AddUserAsync("Ana Lima", "ana.lima", "101");
        var (provider, result) = await OpenAsync(routeId: null);
        provider.Find("input[data-testid=route-name]").Change("Ana direct");
        provider.Find("input[data-testid=route-did]").Change("+14155550109");
        await SelectAsync(provider, "route-destination", "Agent");
        await SelectAsync(provider, "route-agent", "Ana Lima (ana.lima)");

        await ClickAsync(provider.Find("[data-testid=route-save]"));

        var id = await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        var stored = (await Get<InboundRouteService>().GetAsync(id!.Value, Cancel))!;
        Assert.Equal(("Ana direct", "+14155550109", RouteDestination.Agent, ana, 5, true),
            (stored.Name, stored.DidPattern, stored.Destination, stored.DestinationUserId, stored.Priority, stored.IsActive));
    }

    [Fact]
    public async Task Save_ForwardWithNationalNumbers_StoresThemAsE164()
    {
        var (provider, result) = await OpenAsync(routeId: null);
        provider.Find("input[data-testid=route-name]").Change("After hours");
        provider.Find("input[data-testid=route-did]").Change("+1415*");
        await SelectAsync(provider, "route-destination", "External number");
        provider.Find("input[data-testid=route-destination-number]").Change("(212) 555-0199");
        await SelectAsync(provider, "route-fallback", "Forward to a number");
        provider.Find("input[data-testid=route-fallback-number]").Change("212 555 0142");

        await ClickAsync(provider.Find("[data-testid=route-save]"));

        var id = await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        var stored = Assert.Single(await Get<InboundRouteService>().ListAsync(Cancel));
        Assert.Equal((id, "+12125550199", RouteDestination.ExternalNumber, "+12125550142"),
            (stored.Id, stored.DestinationNumber, stored.Fallback, stored.FallbackNumber));
    }

    [Fact]
    public async Task Edit_ExistingRoute_ShowsItsValuesAndSavesTheChange()
    {
        var id = await Get<InboundRouteService>().CreateAsync(
            new InboundRouteRequest { Name = "Main line", DidPattern = "+14155550100", Priority = 3 }, Admin, Cancel);
        var (provider, result) = await OpenAsync(id);
        Assert.Equal("Main line", provider.Find("input[data-testid=route-name]").GetAttribute("value"));
        Assert.Equal("+14155550100", provider.Find("input[data-testid=route-did]").GetAttribute("value"));

        provider.Find("input[data-testid=route-caller]").Change("+1212*");
        await ClickAsync(provider.Find("[data-testid=route-save]"));

        Assert.Equal(id, await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel));
        var stored = Assert.Single(await Get<InboundRouteService>().ListAsync(Cancel));
        Assert.Equal(("Main line", "+1212*", 3), (stored.Name, stored.CallerIdPattern, stored.Priority));
    }

    private Task<(IRenderedComponent<MudDialogProvider> Provider, Task<int?> Result)> OpenAsync(int? routeId) =>
        OpenDialogAsync(dialogs => RouteDialog.ShowAsync(dialogs, routeId), "[data-testid=route-save]");
}
