using Ispecia.Voip.Web.Trunks;

namespace Ispecia.Voip.Tests.Trunks;

public sealed class TrunksPageTests : AdminComponentTestContext
{
    private readonly FakeTester tester = new();

    public TrunksPageTests() => Services.AddSingleton<ITrunkConnectionTester>(tester);

    [Fact]
    public async Task Render_Trunks_ShowsEachWithAddressAuthAndNoSecret()
    {
        await AddTwilioAsync();
        var sip = await AddSipAsync();
        await using (var db = await Db.CreateDbContextAsync(Cancel))
        {
            var ciphertext = (await db.Trunks.SingleAsync(t => t.Id == sip, Cancel)).PasswordProtected!;
            var (_, page) = RenderPage<TrunksPage>();

            page.WaitForAssertion(() => Assert.Equal(["Twilio", "Carrier One"], page.FindAll("[data-testid=trunk-row]").Select(r => r.TextContent)));
            Assert.Contains("sip.carrier.example.com:5061/TLS", page.Markup, StringComparison.Ordinal);
            Assert.Contains("password set", page.Markup, StringComparison.Ordinal);
            Assert.DoesNotContain("Stored-Secret-7", page.Markup, StringComparison.Ordinal);
            Assert.DoesNotContain(ciphertext, page.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ToggleActive_Off_IsStoredAndAudited()
    {
        var id = await AddSipAsync();
        var (_, page) = RenderPage<TrunksPage>();
        page.WaitForElement("[data-testid=trunk-row]");

        page.Find("input[data-testid=trunk-active]").Change(false);

        // The page reloads the grid after saving: the switch then reads what is stored.
        page.WaitForAssertion(() => Assert.False(page.Find("input[data-testid=trunk-active]").HasAttribute("checked")));
        Assert.False((await Get<TrunkService>().GetAsync(id, Cancel))!.IsActive);
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var entry = await db.AuditEntries.OrderBy(a => a.Id).LastAsync(Cancel);
        Assert.Equal((AuditActions.Disabled, AdminEmail, AdminId), (entry.Action, entry.UserName, entry.UserId));
    }

    [Fact]
    public async Task Delete_TrunkUsedByARoute_AsksThenRefusesNamingTheRoute()
    {
        var id = await AddSipAsync();
        await using (var db = await Db.CreateDbContextAsync(Cancel))
        {
            db.InboundRoutes.Add(new InboundRoute { Name = "Main line", DidPattern = "+14155550100", TrunkId = id });
            await db.SaveChangesAsync(Cancel);
        }

        var (dialogs, page) = RenderPage<TrunksPage>();
        page.WaitForElement("[data-testid=trunk-row]");

        var click = ClickAsync(page.Find("[data-testid=trunk-delete]"));
        dialogs.WaitForAssertion(() => Assert.Contains("Delete trunk 'Carrier One'?", dialogs.Markup, StringComparison.Ordinal));
        await ConfirmAsync(dialogs);
        await click;

        page.WaitForAssertion(() => Assert.Contains("'Main line'", page.Find("[data-testid=trunk-error]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(await Get<TrunkService>().GetAsync(id, Cancel));
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesTheRow()
    {
        await AddSipAsync();
        var (dialogs, page) = RenderPage<TrunksPage>();
        page.WaitForElement("[data-testid=trunk-row]");

        // The click's handler waits for the answer to the confirmation: answer it before awaiting the click.
        var click = ClickAsync(page.Find("[data-testid=trunk-delete]"));
        await ConfirmAsync(dialogs);
        await click;

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=trunk-row]")));
        Assert.Empty(await Get<TrunkService>().ListAsync(Cancel));
    }

    [Fact]
    public async Task TestConnection_TwilioTrunk_ShowsTheTestersWords()
    {
        var id = await AddTwilioAsync();
        await AddSipAsync();
        var (_, page) = RenderPage<TrunksPage>();
        page.WaitForElement("[data-testid=trunk-row]");

        Assert.Single(page.FindAll("[data-testid=trunk-test]"));
        await ClickAsync(page.Find("[data-testid=trunk-test]"));

        page.WaitForAssertion(() => Assert.Equal("Twilio refused the credentials.", page.Find("[data-testid=trunk-test-result]").TextContent.Trim()));
        Assert.Equal([id], tester.Tested);
    }

    private async Task<int> AddTwilioAsync() => (await Get<TrunkService>().SaveAsync(
        new TrunkRequest { Name = "Twilio", Provider = TrunkProvider.Twilio, Host = "api.twilio.com", Port = 443, Transport = SipTransport.Tls },
        Admin, Cancel))!.Value;

    private async Task<int> AddSipAsync() => (await Get<TrunkService>().SaveAsync(new TrunkRequest
    {
        Name = "Carrier One", Host = "sip.carrier.example.com", Port = 5061, Transport = SipTransport.Tls, Username = "ispecia",
        Password = "Stored-Secret-7", Priority = 2,
    }, Admin, Cancel))!.Value;

    private sealed class FakeTester : ITrunkConnectionTester
    {
        public List<int> Tested { get; } = [];

        public Task<TrunkTestResult> TestAsync(int trunkId, CancellationToken cancellationToken)
        {
            Tested.Add(trunkId);
            return Task.FromResult(new TrunkTestResult(false, "Twilio refused the credentials."));
        }
    }
}
