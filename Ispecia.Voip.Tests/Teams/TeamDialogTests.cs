using Ispecia.Voip.Web.Teams;

namespace Ispecia.Voip.Tests.Teams;

public sealed class TeamDialogTests : AdminComponentTestContext
{
    [Fact]
    public async Task Save_EmptyName_AsksForItAndSavesNothing()
    {
        var (provider, _) = await OpenAsync(teamId: null);

        await ClickAsync(provider.Find("[data-testid=team-save]"));

        provider.WaitForAssertion(() => Assert.Contains("Enter a name.", provider.Markup, StringComparison.Ordinal));
        Assert.Empty(await Get<TeamService>().ListAsync(Cancel));
    }

    [Fact]
    public async Task Save_NameOfAnotherTeamInOtherCase_RefusedAndSavesNothing()
    {
        await Get<TeamService>().SaveAsync(new TeamRequest { Name = "Sales" }, Admin, Cancel);
        var (provider, _) = await OpenAsync(teamId: null);
        provider.Find("input[data-testid=team-name]").Change(" sales ");

        await ClickAsync(provider.Find("[data-testid=team-save]"));

        provider.WaitForAssertion(() => Assert.Contains("Another team is already called 'sales'; choose another name.", provider.Markup, StringComparison.Ordinal));
        Assert.Single(await Get<TeamService>().ListAsync(Cancel));
    }

    [Theory]
    [InlineData("12345", "This number is too short for United States (+1).")]
    [InlineData("+1 415 000 0000", "This is not a valid number for United States (+1).")]
    [InlineData("sales desk", "A phone number can't contain letters.")]
    public async Task Save_UnusableCallerId_ExplainsWhyAndSavesNothing(string callerId, string message)
    {
        var (provider, _) = await OpenAsync(teamId: null);
        provider.Find("input[data-testid=team-name]").Change("Sales");
        provider.Find("input[data-testid=team-caller-id]").Change(callerId);

        await ClickAsync(provider.Find("[data-testid=team-save]"));

        provider.WaitForAssertion(() => Assert.Contains(message, provider.Markup, StringComparison.Ordinal));
        Assert.Empty(await Get<TeamService>().ListAsync(Cancel));
    }

    [Fact]
    public async Task Save_NewTeamWithMembers_StoresThemAndTheCallerIdAsE164()
    {
        var ana = await AddUserAsync("Ana Lima", "ana.lima", "101");
        var bea = await AddUserAsync("Bea Silva", "bea.silva", "102");
        await AddUserAsync("Cy Nolan");
        var (provider, result) = await OpenAsync(teamId: null);
        provider.Find("input[data-testid=team-name]").Change("Sales");
        provider.Find("input[data-testid=team-caller-id]").Change("(415) 555-0120");
        Assert.Equal(["Ana Lima (ana.lima)", "Bea Silva (bea.silva)"], await OpenSelectAsync(provider, "team-members"));
        await ClickAsync(Option("Ana Lima (ana.lima)"));
        await ClickAsync(Option("Bea Silva (bea.silva)"));

        await ClickAsync(provider.Find("[data-testid=team-save]"));

        var id = await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        var team = (await Get<TeamService>().GetAsync(id!.Value, Cancel))!;
        Assert.Equal(("Sales", "+14155550120"), (team.Name, team.CallerId));
        Assert.Equal(new[] { ana, bea }.Order(), team.MemberIds.Order());
    }

    [Fact]
    public async Task Edit_MemberUnticked_KeepsOnlyTheOthers()
    {
        var ana = await AddUserAsync("Ana Lima", "ana.lima", "101");
        var bea = await AddUserAsync("Bea Silva", "bea.silva", "102");
        var id = (await Get<TeamService>().SaveAsync(new TeamRequest { Name = "Sales", MemberIds = [ana, bea] }, Admin, Cancel))!.Value;
        var (provider, result) = await OpenAsync(id);
        Assert.Equal("Sales", provider.Find("input[data-testid=team-name]").GetAttribute("value"));

        await SelectAsync(provider, "team-members", "Ana Lima (ana.lima)");
        await ClickAsync(provider.Find("[data-testid=team-save]"));

        Assert.Equal(id, await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel));
        Assert.Equal([bea], (await Get<TeamService>().GetAsync(id, Cancel))!.MemberIds);
    }

    private AngleSharp.Dom.IElement Option(string text) =>
        Popovers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == text);

    private Task<(IRenderedComponent<MudDialogProvider> Provider, Task<int?> Result)> OpenAsync(int? teamId) =>
        OpenDialogAsync(dialogs => TeamDialog.ShowAsync(dialogs, teamId), "[data-testid=team-save]");
}
