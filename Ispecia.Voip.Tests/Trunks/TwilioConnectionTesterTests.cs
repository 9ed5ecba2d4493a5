namespace Ispecia.Voip.Tests.Trunks;

public sealed class TwilioConnectionTesterTests
{
    private const string AccountSid = "AC00000000000000000000000000000001";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TestAsync_CredentialsAccepted_SaysConnectedWithTheAccountName()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) =>
            StubTwilioServer.Json(context, 200, $$"""{"sid":"{{AccountSid}}","friendly_name":"Ispecia","status":"active","type":"Trial"}"""));

        var result = await TestTwilioTrunkAsync(stub);

        Assert.Equal(new TrunkTestResult(true, "Connected: Twilio accepted the credentials for account 'Ispecia' (Trial account)."), result);
    }

    [Fact]
    public async Task TestAsync_WrongCredentials_NamesTheSettingsToCheck()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 401,
            """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}"""));

        var result = await TestTwilioTrunkAsync(stub);

        Assert.False(result.Success);
        Assert.Equal("Twilio refused the credentials (error 20003): check Twilio:AccountSid and Twilio:AuthToken (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN).", result.Message);
    }

    [Fact]
    public async Task TestAsync_SuspendedAccount_SaysCallsWillFail()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) =>
            StubTwilioServer.Json(context, 200, $$"""{"sid":"{{AccountSid}}","friendly_name":"Ispecia","status":"suspended","type":"Full"}"""));

        var result = await TestTwilioTrunkAsync(stub);

        Assert.False(result.Success);
        Assert.Contains("is suspended", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestAsync_NoCredentialsConfigured_NamesTheMissingKey()
    {
        await using var services = await AdminServices.StartAsync();
        var id = await AddTwilioTrunkAsync(services);

        var result = await services.Get<ITrunkConnectionTester>().TestAsync(id, Cancel);

        Assert.Equal(new TrunkTestResult(false, "Twilio:AccountSid is not set; the Twilio REST API cannot be called. Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, restart, and test again."), result);
    }

    [Fact]
    public async Task TestAsync_SipTrunk_ExplainsOnlyTwilioCanBeTested()
    {
        await using var services = await AdminServices.StartAsync();
        var id = await services.Get<TrunkService>().SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);

        var result = await services.Get<ITrunkConnectionTester>().TestAsync(id!.Value, Cancel);

        Assert.False(result.Success);
        Assert.StartsWith("Only Twilio trunks can be tested here", result.Message, StringComparison.Ordinal);
    }

    private static async Task<TrunkTestResult> TestTwilioTrunkAsync(StubTwilioServer stub)
    {
        await using var services = await AdminServices.StartAsync(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = "test-auth-token",
            ["Twilio:ApiBaseUrl"] = stub.BaseUrl,
        });
        var id = await AddTwilioTrunkAsync(services);
        return await services.Get<ITrunkConnectionTester>().TestAsync(id, Cancel);
    }

    private static async Task<int> AddTwilioTrunkAsync(AdminServices services) =>
        (await services.Get<TrunkService>().SaveAsync(
            new TrunkRequest { Name = "Twilio", Provider = TrunkProvider.Twilio, Host = "api.twilio.com", Port = 443, Transport = SipTransport.Tls },
            AdminServices.Admin, Cancel))!.Value;
}
