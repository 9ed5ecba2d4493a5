namespace Ispecia.Voip.Tests.Accounts;

public sealed class VoipAccountDialogTests : AdminComponentTestContext
{
    private const string TeamNumber = "+14155550120";

    [Fact]
    public async Task Save_NewLine_ProposedTwilioSafeIdentityAndFreeExtensionAreStored()
    {
        await AddUserAsync("Zoë van Dijk", "zoe.van.dijk", "101");
        var id = await AddUserAsync("Zoe Van Dijk");
        var (provider, result) = await OpenAsync(id);
        Assert.Contains("Zoe Van Dijk has no softphone yet.", provider.Markup, StringComparison.Ordinal);
        Assert.Equal("zoe.van.dijk2", provider.Find("input[data-testid=voip-identity]").GetAttribute("value"));
        Assert.Equal("102", provider.Find("input[data-testid=voip-extension]").GetAttribute("value"));

        await ClickAsync(provider.Find("[data-testid=voip-save]"));

        Assert.Equal("VoIP account of Zoe Van Dijk saved.", await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel));
        var line = (await StoredAsync(id))!;
        Assert.Equal(("zoe.van.dijk2", "102", null, true), (line.Identity, line.Extension, line.CallerId, line.IsActive));
    }

    [Fact]
    public async Task Save_ExtensionOfAnotherUser_RefusedNamingItAndStoresNothing()
    {
        await AddUserAsync("Ana Lima", "ana.lima", "101");
        var id = await AddUserAsync("Bea Silva");
        var (provider, _) = await OpenAsync(id);
        provider.Find("input[data-testid=voip-extension]").Change("101");

        await ClickAsync(provider.Find("[data-testid=voip-save]"));

        provider.WaitForAssertion(() => Assert.Contains("Extension 101 belongs to another user.", provider.Markup, StringComparison.Ordinal));
        Assert.Null(await StoredAsync(id));
    }

    [Theory]
    [InlineData("ANA.Lima", "Another user already has the identity 'ANA.Lima'.")]
    [InlineData("bea silva", "Use only letters, digits, '.', '_' and '-' (no spaces): Twilio identities allow nothing else.")]
    [InlineData("bea@silva", "Use only letters, digits, '.', '_' and '-' (no spaces): Twilio identities allow nothing else.")]
    public async Task Save_UnusableIdentity_ExplainsAndStoresNothing(string identity, string message)
    {
        await AddUserAsync("Ana Lima", "ana.lima", "101");
        var id = await AddUserAsync("Bea Silva");
        var (provider, _) = await OpenAsync(id);
        provider.Find("input[data-testid=voip-identity]").Change(identity);

        await ClickAsync(provider.Find("[data-testid=voip-save]"));

        provider.WaitForAssertion(() => Assert.Contains(message, provider.Markup, StringComparison.Ordinal));
        Assert.Null(await StoredAsync(id));
    }

    [Fact]
    public async Task CallerIdPicker_TeamAndRouteNumbers_OffersOnlyNumbersTheAppOwnsAndStoresTheChoice()
    {
        await Get<TeamService>().SaveAsync(new TeamRequest { Name = "Sales", CallerId = TeamNumber }, Admin, Cancel);
        await Get<InboundRouteService>().CreateAsync(new InboundRouteRequest { Name = "Main", DidPattern = "+14155550100" }, Admin, Cancel);
        await Get<InboundRouteService>().CreateAsync(new InboundRouteRequest { Name = "Any 415", DidPattern = "+1415*" }, Admin, Cancel);
        var id = await AddUserAsync("Bea Silva", "bea.silva", "102");
        var (provider, result) = await OpenAsync(id);
        var phones = Get<PhoneNumberService>();

        Assert.Equal(["Team or main number", phones.FormatForDisplay("+14155550100"), phones.FormatForDisplay(TeamNumber)],
            await OpenSelectAsync(provider, "voip-caller-id"));
        await ClickAsync(Popovers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == phones.FormatForDisplay(TeamNumber)));
        await ClickAsync(provider.Find("[data-testid=voip-save]"));

        await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.Equal(TeamNumber, (await StoredAsync(id))!.CallerId);
    }

    [Fact]
    public async Task Save_StoredCallerIdNoLongerOwned_RefusedUntilChangedToOneThatIs()
    {
        await Get<TeamService>().SaveAsync(new TeamRequest { Name = "Sales", CallerId = TeamNumber }, Admin, Cancel);
        var id = await AddUserAsync("Bea Silva", "bea.silva", "102");
        await using (var db = await Db.CreateDbContextAsync(Cancel))
        {
            await db.VoipAccounts.Where(a => a.UserId == id).ExecuteUpdateAsync(a => a.SetProperty(x => x.CallerId, "+13105550100"), Cancel);
        }

        var (provider, result) = await OpenAsync(id);
        await ClickAsync(provider.Find("[data-testid=voip-save]"));

        provider.WaitForAssertion(() => Assert.Contains(
            $"+13105550100 is not a number this app owns. Use one of {TeamNumber}, or leave it empty.", provider.Markup, StringComparison.Ordinal));
        Assert.False(result.IsCompleted);

        await SelectAsync(provider, "voip-caller-id", "Team or main number");
        await ClickAsync(provider.Find("[data-testid=voip-save]"));

        await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.Null((await StoredAsync(id))!.CallerId);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<string?> Result)> OpenAsync(string userId)
    {
        var user = (await Get<UserAdministration>().ListUsersAsync(Cancel)).Single(u => u.Id == userId);
        return await OpenDialogAsync(dialogs => VoipAccountDialog.ShowAsync(dialogs, user), "[data-testid=voip-save]");
    }

    private async Task<VoipAccount?> StoredAsync(string userId)
    {
        await using var db = await Db.CreateDbContextAsync(Cancel);
        return await db.VoipAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, Cancel);
    }
}
