using AngleSharp.Dom;
using Ispecia.Voip.Web.Teams;

namespace Ispecia.Voip.Tests.Teams;

public sealed class TeamsPageTests : AdminComponentTestContext
{
    [Fact]
    public async Task Render_Teams_ListsThemByNameWithCallerIdMembersAndRoutes()
    {
        await SaveAsync(new TeamRequest { Name = "Support" });
        var ana = await AddUserAsync("Ana Lima", "ana.lima", "101");
        var sales = await SaveAsync(new TeamRequest { Name = "Sales", CallerId = "+14155550120", MemberIds = [ana] });
        await RingAsync(sales, "Sales line");

        var (_, page) = RenderPage<TeamsPage>();

        page.WaitForAssertion(() => Assert.Equal(["Sales", "Support"], page.FindAll("[data-testid=team-row]").Select(r => r.TextContent)));
        var row = Row(page, "Sales").TextContent;
        Assert.Contains(Get<PhoneNumberService>().FormatForDisplay("+14155550120"), row, StringComparison.Ordinal);
        Assert.Contains("Ana Lima", row, StringComparison.Ordinal);
        Assert.Contains("Sales line", row, StringComparison.Ordinal);
        Assert.Contains("main number", Row(page, "Support").TextContent, StringComparison.Ordinal);
        Assert.Contains("nobody yet", Row(page, "Support").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_Renamed_GridShowsTheNewName()
    {
        await SaveAsync(new TeamRequest { Name = "Sales" });
        var (dialogs, page) = RenderPage<TeamsPage>();
        page.WaitForElement("[data-testid=team-row]");

        // The click's handler waits for the dialog to close: fill it in before awaiting the click.
        var click = ClickAsync(page.Find("[data-testid=team-edit]"));
        dialogs.WaitForElement("input[data-testid=team-name]").Change("Inside sales");
        await ClickAsync(dialogs.Find("[data-testid=team-save]"));
        await click;

        page.WaitForAssertion(() => Assert.Equal(["Inside sales"], page.FindAll("[data-testid=team-row]").Select(r => r.TextContent)));
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesTheTeamAndAudits()
    {
        var id = await SaveAsync(new TeamRequest { Name = "Sales" });
        var (dialogs, page) = RenderPage<TeamsPage>();
        page.WaitForElement("[data-testid=team-row]");

        var click = ClickAsync(page.Find("[data-testid=team-delete]"));
        dialogs.WaitForAssertion(() => Assert.Contains("Delete team 'Sales'? Its members keep their accounts.", dialogs.Markup, StringComparison.Ordinal));
        await ConfirmAsync(dialogs);
        await click;

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=team-row]")));
        Assert.Empty(await Get<TeamService>().ListAsync(Cancel));
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.Deleted, Cancel);
        Assert.Equal((id.ToString(), "Deleted team 'Sales'.", AdminEmail), (entry.EntityId, entry.Summary, entry.UserName));
    }

    [Fact]
    public async Task Delete_TeamARouteRings_RefusedNamingTheRoute()
    {
        var id = await SaveAsync(new TeamRequest { Name = "Sales" });
        await RingAsync(id, "Sales line");
        var (dialogs, page) = RenderPage<TeamsPage>();
        page.WaitForElement("[data-testid=team-row]");

        var click = ClickAsync(page.Find("[data-testid=team-delete]"));
        await ConfirmAsync(dialogs);
        await click;

        page.WaitForAssertion(() => Assert.Equal(
            "Team 'Sales' was not deleted. Inbound route 'Sales line' still sends calls to this team. Send them somewhere else first.",
            page.Find("[data-testid=team-error]").TextContent.Trim()));
        Assert.Equal(["Sales"], page.FindAll("[data-testid=team-row]").Select(r => r.TextContent));
        Assert.NotNull(await Get<TeamService>().GetAsync(id, Cancel));
    }

    private async Task<int> SaveAsync(TeamRequest team) => (await Get<TeamService>().SaveAsync(team, Admin, Cancel))!.Value;

    private Task<int> RingAsync(int teamId, string routeName) => Get<InboundRouteService>().CreateAsync(
        new InboundRouteRequest { Name = routeName, DidPattern = "+14155550120", Destination = RouteDestination.Team, DestinationTeamId = teamId }, Admin, Cancel);

    private static IElement Row(IRenderedComponent<TeamsPage> page, string name) =>
        page.FindAll("[data-testid=team-row]").Single(r => r.TextContent == name).Closest("tr")!;
}
