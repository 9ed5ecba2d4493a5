using AngleSharp.Dom;
using Ispecia.Voip.Web.Routing;

namespace Ispecia.Voip.Tests.Routing;

public sealed class RoutesPageTests : AdminComponentTestContext
{
    [Fact]
    public async Task Render_RoutesStoredOutOfOrder_ListsThemByPriorityWithEndsUnmovable()
    {
        await AddAsync("Late", 5, "+14155550105");
        await AddAsync("First", 1, "+14155550101");
        await AddAsync("Middle", 3, "+14155550103");

        var (_, page) = RenderPage<RoutesPage>();

        page.WaitForAssertion(() => Assert.Equal(["First", "Middle", "Late"], Names(page)));
        Assert.Equal(["1", "3", "5"], page.FindAll("[data-testid=route-row]").Select(r => r.GetAttribute("data-priority")));
        Assert.True(Row(page, "First").QuerySelector("[data-testid=route-move-up]")!.HasAttribute("disabled"));
        Assert.False(Row(page, "First").QuerySelector("[data-testid=route-move-down]")!.HasAttribute("disabled"));
        Assert.True(Row(page, "Late").QuerySelector("[data-testid=route-move-down]")!.HasAttribute("disabled"));
    }

    [Fact]
    public async Task MoveDown_FirstRoute_TradesPlacesStoresAndAudits()
    {
        var sales = await AddAsync("Sales", 1, "+14155550101");
        await AddAsync("Support", 2, "+14155550102");
        var (_, page) = RenderPage<RoutesPage>();
        page.WaitForAssertion(() => Assert.Equal(["Sales", "Support"], Names(page)));

        await ClickAsync(Row(page, "Sales").QuerySelector("[data-testid=route-move-down]")!);

        page.WaitForAssertion(() => Assert.Equal(["Support", "Sales"], Names(page)));
        Assert.Equal([("Support", 1), ("Sales", 2)], (await Get<InboundRouteService>().ListAsync(Cancel)).Select(r => (r.Name, r.Priority)));
        var moved = await LastAuditAsync(AuditActions.Moved, sales);
        Assert.Equal(("Moved route 'Sales' down.", AdminEmail), (moved.Summary, moved.UserName));
    }

    [Fact]
    public async Task MoveUp_SamePriority_PutsItAheadWithoutPassingLaterRoutes()
    {
        await AddAsync("Main", 2, "+14155550101");
        var night = await AddAsync("Night", 2, "+14155550102");
        await AddAsync("Any", 3, "*");
        var (_, page) = RenderPage<RoutesPage>();
        page.WaitForAssertion(() => Assert.Equal(["Main", "Night", "Any"], Names(page)));

        await ClickAsync(Row(page, "Night").QuerySelector("[data-testid=route-move-up]")!);

        page.WaitForAssertion(() => Assert.Equal(["Night", "Main", "Any"], Names(page)));
        Assert.Equal([("Night", 2), ("Main", 3), ("Any", 4)], (await Get<InboundRouteService>().ListAsync(Cancel)).Select(r => (r.Name, r.Priority)));
        Assert.Equal("Moved route 'Night' up.", (await LastAuditAsync(AuditActions.Moved, night)).Summary);
    }

    [Fact]
    public async Task ToggleActive_Off_IsStoredAndAudited()
    {
        var id = await AddAsync("Main", 1, "+14155550101");
        var (_, page) = RenderPage<RoutesPage>();
        page.WaitForElement("[data-testid=route-row]");

        page.Find("input[data-testid=route-active]").Change(false);

        page.WaitForAssertion(() => Assert.False(page.Find("input[data-testid=route-active]").HasAttribute("checked")));
        Assert.False((await Get<InboundRouteService>().GetAsync(id, Cancel))!.IsActive);
        Assert.Equal(AdminId, (await LastAuditAsync(AuditActions.Disabled, id)).UserId);
    }

    [Fact]
    public async Task Render_RouteBehindACatchAll_WarnsItNeverWins()
    {
        var any = await AddAsync("Any number", 1, "*");
        await AddAsync("Main", 2, "+14155550101");

        var (_, page) = RenderPage<RoutesPage>();

        page.WaitForAssertion(() => Assert.Equal(
            $"'Main': Never wins: 'Any number' (#{any}) answers every call to +14155550101, and its priority 1 is tried first.",
            Assert.Single(page.FindAll("[data-testid=route-warning]")).TextContent.Trim()));
    }

    [Fact]
    public async Task ToggleActive_OneOfTwoDuplicatesOff_WarningGoes()
    {
        await AddAsync("Main", 1, "+14155550101");
        await AddAsync("Main copy", 2, "+14155550101");
        var (_, page) = RenderPage<RoutesPage>();
        page.WaitForAssertion(() =>
        {
            var warning = Assert.Single(page.FindAll("[data-testid=route-warning]")).TextContent;
            Assert.Contains("'Main' and 'Main copy' answer the same numbers (+14155550101)", warning, StringComparison.Ordinal);
            Assert.Contains("only 'Main' ever takes these calls", warning, StringComparison.Ordinal);
        });

        Row(page, "Main copy").QuerySelector("input[data-testid=route-active]")!.Change(false);

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=route-warning]")));
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesTheRouteAndAudits()
    {
        await AddAsync("Main", 1, "+14155550101");
        var night = await AddAsync("Night", 2, "+14155550102");
        var (dialogs, page) = RenderPage<RoutesPage>();
        page.WaitForAssertion(() => Assert.Equal(2, Names(page).Count));

        // The click's handler waits for the answer to the confirmation: answer it before awaiting the click.
        var click = ClickAsync(Row(page, "Night").QuerySelector("[data-testid=route-delete]")!);
        dialogs.WaitForAssertion(() => Assert.Contains("Delete route 'Night'? Calls to +14155550102 will go", dialogs.Markup, StringComparison.Ordinal));
        await ConfirmAsync(dialogs);
        await click;

        page.WaitForAssertion(() => Assert.Equal(["Main"], Names(page)));
        Assert.Equal(["Main"], (await Get<InboundRouteService>().ListAsync(Cancel)).Select(r => r.Name));
        Assert.Equal("Deleted route 'Night'.", (await LastAuditAsync(AuditActions.Deleted, night)).Summary);
    }

    [Fact]
    public async Task Delete_Cancelled_KeepsTheRoute()
    {
        await AddAsync("Main", 1, "+14155550101");
        var (dialogs, page) = RenderPage<RoutesPage>();
        page.WaitForElement("[data-testid=route-row]");

        var click = ClickAsync(page.Find("[data-testid=route-delete]"));
        await ClickAsync(dialogs.WaitForElement(".mud-message-box__cancel-button"));
        await click;

        Assert.Equal(["Main"], Names(page));
        Assert.Single(await Get<InboundRouteService>().ListAsync(Cancel));
    }

    private async Task<int> AddAsync(string name, int priority, string did) =>
        await Get<InboundRouteService>().CreateAsync(new InboundRouteRequest { Name = name, DidPattern = did, Priority = priority }, Admin, Cancel);

    private static List<string> Names(IRenderedComponent<RoutesPage> page) =>
        page.FindAll("[data-testid=route-row]").Select(r => r.TextContent).ToList();

    private static IElement Row(IRenderedComponent<RoutesPage> page, string name) =>
        page.FindAll("[data-testid=route-row]").Single(r => r.TextContent == name).Closest("tr")!;

    private async Task<AuditEntry> LastAuditAsync(string action, int routeId)
    {
        await using var db = await Db.CreateDbContextAsync(Cancel);
        return await db.AuditEntries.Where(a => a.Action == action && a.EntityId == routeId.ToString()).OrderBy(a => a.Id).LastAsync(Cancel);
    }
}
