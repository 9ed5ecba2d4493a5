namespace Ispecia.Voip.Tests.Setup;

public sealed class SetupPageTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;

    public async ValueTask InitializeAsync() => app = await TwilioModeApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Setup_Admin_ShowsUrlsToPasteAndNeverTheSecrets()
    {
        var client = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Admin);

        var response = await client.GetAsync("/settings/voip/setup", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http://localhost/voip/webhook/twilio/voice", html, StringComparison.Ordinal);
        Assert.Contains("http://localhost/voip/webhook/twilio/status", html, StringComparison.Ordinal);
        Assert.Contains("TWILIO_AUTH_TOKEN", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TwilioModeApp.AuthToken, html, StringComparison.Ordinal);
        Assert.DoesNotContain("test-api-secret-0123456789abcdef", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_AfterARejectedWebhook_ExplainsTheUsualCauses()
    {
        await app.PostWebhookAsync("/voip/webhook/twilio/voice", new Dictionary<string, string> { ["CallSid"] = TwilioModeApp.NewCallSid() }, signatureOverride: "forged");
        var client = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Admin);

        var html = await client.GetStringAsync("/settings/voip/setup", TestContext.Current.CancellationToken);

        Assert.Contains("wrong auth token", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_DemoDirectory_ListsEachNumberWithWhatUsesIt()
    {
        var client = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Admin);

        var html = await client.GetStringAsync("/settings/voip/setup", TestContext.Current.CancellationToken);

        var rows = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=setup-number]")
            .ToDictionary(r => r.GetAttribute("data-number")!, r => r.TextContent);
        Assert.Equal([DemoDataSeeder.MainLineDid, DemoDataSeeder.Agent1Did, DemoDataSeeder.Agent2Did], rows.Keys.Order());
        Assert.Contains("Twilio:PhoneNumber (TWILIO_PHONE_NUMBER)", rows[DemoDataSeeder.MainLineDid], StringComparison.Ordinal);
        Assert.Contains("route 'Main line' answers it", rows[DemoDataSeeder.MainLineDid], StringComparison.Ordinal);
        Assert.Contains("caller ID of team Support", rows[DemoDataSeeder.Agent2Did], StringComparison.Ordinal);
        Assert.Contains("route 'Blake direct' answers it", rows[DemoDataSeeder.Agent2Did], StringComparison.Ordinal);
        Assert.DoesNotContain("simulated account", html, StringComparison.Ordinal);
        Assert.Contains("A call comes in", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Agent1)]
    [InlineData(DemoAccounts.Supervisor)]
    public async Task Setup_NotAdmin_Returns403(string email)
    {
        var client = await app.Factory.CreateCookieClientForAsync(email);

        var response = await client.GetAsync("/settings/voip/setup", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
