using Ispecia.Voip.Web.Trunks;
using Microsoft.AspNetCore.DataProtection;

namespace Ispecia.Voip.Tests.Trunks;

public sealed class TrunkDialogTests : AdminComponentTestContext
{
    [Fact]
    public async Task Save_EmptySipTrunk_ShowsEveryMessageAndSavesNothing()
    {
        var (provider, _) = await OpenAsync(trunkId: null);

        await ClickAsync(provider.Find("[data-testid=trunk-save]"));

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Enter a name.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter the host name or IP address", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter the user name the trunk expects.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter the password the trunk expects.", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Empty(await Get<TrunkService>().ListAsync(Cancel));
    }

    [Fact]
    public async Task Save_BadHostAndPort_ExplainsBoth()
    {
        var (provider, _) = await OpenAsync(trunkId: null);
        provider.Find("input[data-testid=trunk-name]").Change("Carrier One");
        provider.Find("input[data-testid=trunk-host]").Change("sip:carrier.example.com:5060");
        provider.Find("input[data-testid=trunk-port]").Change("70000");

        await ClickAsync(provider.Find("[data-testid=trunk-save]"));

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("without sip: or a port", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter a port from 1 to 65535", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Empty(await Get<TrunkService>().ListAsync(Cancel));
    }

    [Fact]
    public async Task Save_AllowListWithHostBits_SuggestsTheNetwork()
    {
        var id = await Get<TrunkService>().SaveAsync(new TrunkRequest
        {
            Name = "Carrier One", Host = "sip.carrier.example.com", AuthMethod = TrunkAuthMethod.IpAllowList, AllowedIps = "203.0.113.10",
        }, Admin, Cancel);
        var (provider, _) = await OpenAsync(id);
        provider.Find("textarea[data-testid=trunk-allowed-ips]").Change("203.0.113.10, 198.51.100.7/24");

        await ClickAsync(provider.Find("[data-testid=trunk-save]"));

        provider.WaitForAssertion(() => Assert.Contains("did you mean 198.51.100.0/24?", provider.Markup, StringComparison.Ordinal));
        Assert.Equal("203.0.113.10", (await Get<TrunkService>().GetAsync(id!.Value, Cancel))!.AllowedIps);
    }

    [Fact]
    public async Task Save_ValidSipTrunk_StoresThePasswordEncrypted()
    {
        var (provider, result) = await OpenAsync(trunkId: null);
        provider.Find("input[data-testid=trunk-name]").Change("Carrier One");
        provider.Find("input[data-testid=trunk-host]").Change("sip.carrier.example.com");
        provider.Find("input[data-testid=trunk-username]").Change("ispecia");
        provider.Find("input[data-testid=trunk-password]").Change("Typed-Secret-9");

        await ClickAsync(provider.Find("[data-testid=trunk-save]"));

        var id = await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        var stored = await StoredAsync(id!.Value);
        Assert.Equal(("Carrier One", "sip.carrier.example.com", 5060, "ispecia"), (stored.Name, stored.Host, stored.Port, stored.Username));
        Assert.Equal("Typed-Secret-9", Get<IDataProtectionProvider>().CreateProtector(TrunkDialer.PasswordPurpose).Unprotect(stored.PasswordProtected!));
    }

    [Fact]
    public async Task Edit_TrunkWithPassword_NeverRendersItAndBlankKeepsIt()
    {
        var id = await Get<TrunkService>().SaveAsync(new TrunkRequest
        {
            Name = "Carrier One", Host = "sip.carrier.example.com", Username = "ispecia", Password = "Stored-Secret-7",
        }, Admin, Cancel);
        var ciphertext = (await StoredAsync(id!.Value)).PasswordProtected!;
        var (provider, result) = await OpenAsync(id);

        Assert.Contains("A password is stored. Leave blank to keep it.", provider.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Stored-Secret-7", provider.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(ciphertext, provider.Markup, StringComparison.Ordinal);
        Assert.Equal("", provider.Find("input[data-testid=trunk-password]").GetAttribute("value") ?? "");
        provider.Find("input[data-testid=trunk-port]").Change("5080");

        await ClickAsync(provider.Find("[data-testid=trunk-save]"));

        await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        var stored = await StoredAsync(id.Value);
        Assert.Equal((5080, ciphertext), (stored.Port, stored.PasswordProtected));
    }

    private Task<(IRenderedComponent<MudBlazor.MudDialogProvider> Provider, Task<int?> Result)> OpenAsync(int? trunkId) =>
        OpenDialogAsync(dialogs => TrunkDialog.ShowAsync(dialogs, trunkId, defaultPriority: 1), "[data-testid=trunk-save]");

    private async Task<Trunk> StoredAsync(int id)
    {
        await using var db = await Db.CreateDbContextAsync(Cancel);
        return await db.Trunks.AsNoTracking().SingleAsync(t => t.Id == id, Cancel);
    }
}
