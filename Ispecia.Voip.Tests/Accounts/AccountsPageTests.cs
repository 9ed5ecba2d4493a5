using AngleSharp.Dom;

namespace Ispecia.Voip.Tests.Accounts;

public sealed class AccountsPageTests : AdminComponentTestContext
{
    [Fact]
    public async Task Render_Users_ListsThemByNameWithRoleAndSoftphoneLine()
    {
        await Get<UserAdministration>().CreateUserAsync(
            new CreateUserRequest { Email = "zed@example.com", DisplayName = "Zed Ortiz", Role = Roles.Supervisor, Password = "Welcome!2026" }, Admin, Cancel);
        await AddUserAsync("Ana Lima", "ana.lima", "101");

        var (_, page) = RenderPage<AccountsPage>();

        page.WaitForAssertion(() => Assert.Equal(["Ana Lima", "Zed Ortiz"], page.FindAll("[data-testid=account-row]").Select(r => r.TextContent)));
        Assert.Contains("ana.lima", Row(page, "Ana Lima").TextContent, StringComparison.Ordinal);
        Assert.Contains("101", Row(page, "Ana Lima").TextContent, StringComparison.Ordinal);
        Assert.Contains("Supervisor", Row(page, "Zed Ortiz").TextContent, StringComparison.Ordinal);
        Assert.Contains("no softphone", Row(page, "Zed Ortiz").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToggleActive_Off_DeactivatesTheUserAndAudits()
    {
        var ana = await AddUserAsync("Ana Lima", "ana.lima", "101");
        var (_, page) = RenderPage<AccountsPage>();
        page.WaitForElement("[data-testid=account-row]");

        page.Find("input[data-testid=account-active]").Change(false);

        page.WaitForAssertion(() => Assert.False(page.Find("input[data-testid=account-active]").HasAttribute("checked")));
        await using var db = await Db.CreateDbContextAsync(Cancel);
        Assert.False((await db.Users.SingleAsync(u => u.Id == ana, Cancel)).IsActive);
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityId == ana, Cancel);
        Assert.Equal((AuditActions.Disabled, "Deactivated Ana Lima (ana.lima@example.com).", AdminEmail), (entry.Action, entry.Summary, entry.UserName));
    }

    [Fact]
    public async Task ToggleActive_OwnAccountOff_RefusedAndStillActive()
    {
        await AddUserAsync("Admin Self", id: AdminId);
        var (_, page) = RenderPage<AccountsPage>();
        page.WaitForElement("[data-testid=account-row]");

        page.Find("input[data-testid=account-active]").Change(false);

        // The switch goes back on: it shows what is stored, not the refused click.
        page.WaitForAssertion(() =>
        {
            Assert.Equal("You cannot deactivate yourself; ask another admin.", page.Find("[data-testid=account-error]").TextContent.Trim());
            Assert.True(page.Find("input[data-testid=account-active]").HasAttribute("checked"));
        });
        await using var db = await Db.CreateDbContextAsync(Cancel);
        Assert.True((await db.Users.SingleAsync(u => u.Id == AdminId, Cancel)).IsActive);
    }

    [Fact]
    public async Task Search_PartOfAnEmail_ShowsOnlyMatchingUsers()
    {
        await AddUserAsync("Ana Lima");
        await AddUserAsync("Bea Silva");
        var (_, page) = RenderPage<AccountsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=account-row]").Count));

        page.Find("input[data-testid=account-search]").Input("bea.silva@");

        page.WaitForAssertion(() => Assert.Equal(["Bea Silva"], page.FindAll("[data-testid=account-row]").Select(r => r.TextContent)));
    }

    [Fact]
    public async Task NewUser_Created_AppearsInTheGrid()
    {
        var (dialogs, page) = RenderPage<AccountsPage>();
        page.WaitForAssertion(() => Assert.Contains("No users yet.", page.Markup, StringComparison.Ordinal));

        // The click's handler waits for the dialog to close: fill it in before awaiting the click.
        var click = ClickAsync(page.Find("[data-testid=account-add]"));
        dialogs.WaitForElement("[data-testid=user-save]");
        dialogs.Find("input[data-testid=user-email]").Change("bea@example.com");
        dialogs.Find("input[data-testid=user-name]").Change("Bea Silva");
        dialogs.Find("input[data-testid=user-password]").Change("Welcome!2026");
        await ClickAsync(dialogs.Find("[data-testid=user-save]"));
        await click;

        page.WaitForAssertion(() => Assert.Equal(["Bea Silva"], page.FindAll("[data-testid=account-row]").Select(r => r.TextContent)));
        Assert.Contains("Agent", Row(page, "Bea Silva").TextContent, StringComparison.Ordinal);
    }

    private static IElement Row(IRenderedComponent<AccountsPage> page, string name) =>
        page.FindAll("[data-testid=account-row]").Single(r => r.TextContent == name).Closest("tr")!;
}
