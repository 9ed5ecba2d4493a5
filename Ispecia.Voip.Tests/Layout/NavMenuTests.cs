using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Ispecia.Voip.Web.Layout;
using Ispecia.Voip.Web.Security;

namespace Ispecia.Voip.Tests.Layout;

/// <summary>The navigation links every signed-in page shows, rendered as NavLinks with MudNavLink's markup (ADR-023).</summary>
public sealed class NavMenuTests : VoipComponentTestContext
{
    private readonly BunitAuthorizationContext auth;

    public NavMenuTests()
    {
        Services.AddSingleton(new TelephonyMode(false, "test", []));
        auth = AddAuthorization();
    }

    [Fact]
    public void Render_AgentOnContacts_ShowsStaffLinksWithContactsActive()
    {
        auth.SetAuthorized("agent1@ispecia.local").SetRoles("Agent");
        Services.GetRequiredService<NavigationManager>().NavigateTo("contacts");

        var cut = Render<NavMenu>();

        var links = cut.FindAll("a.mud-nav-link");
        Assert.Equal(["Home", "Contacts", "Leads", "Reports"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["Contacts"], links.Where(a => a.ClassList.Contains("active")).Select(a => a.TextContent.Trim()));
        Assert.Equal("reports", cut.Find("[data-testid=nav-reports]").GetAttribute("href"));
        Assert.All(links, a => Assert.NotNull(a.QuerySelector("svg.mud-nav-link-icon")));
        Assert.Empty(cut.FindAll("[data-testid=nav-calls]"));
    }

    [Fact]
    public void Render_SupervisorOnHome_ShowsCallsAndWallboardWithOnlyHomeActive()
    {
        auth.SetAuthorized("supervisor@ispecia.local").SetRoles("Supervisor").SetPolicies(Policies.Staff, Policies.Supervisor);

        var cut = Render<NavMenu>();

        var links = cut.FindAll("a.mud-nav-link");
        Assert.Equal(["Home", "Contacts", "Leads", "Reports", "Calls", "Wallboard"], links.Select(a => a.TextContent.Trim()));
        // Home matches the whole address only, so it is not active on every page.
        Assert.Equal(["Home"], links.Where(a => a.ClassList.Contains("active")).Select(a => a.TextContent.Trim()));
        Assert.Equal("wallboard", cut.Find("[data-testid=nav-wallboard]").GetAttribute("href"));
    }
}
