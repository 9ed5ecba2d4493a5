using Twilio.Exceptions;
using Twilio.Rest.Api.V2010;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Ispecia.Voip.Tests.Simulator.Contract;

/// <summary>
/// Every REST call the app makes, through the official library and the app's own HttpClient, against the simulator's
/// REST API on a running app: the library reads the answers into its resources, and errors come back as the
/// <see cref="ApiException"/>s Twilio documents (20003 bad credentials, 20404 unknown SID).
/// </summary>
public sealed class RestApiContractTests : IAsyncLifetime
{
    private SimulatorApp app = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private TwilioApi Api => app.Factory.Services.GetRequiredService<TwilioApi>();

    private SimulatorCredentials Credentials => app.Factory.Services.GetRequiredService<SimulatorCredentials>();

    public ValueTask InitializeAsync()
    {
        app = SimulatorApp.Start();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task FetchAccountAsync_SimulatedAccount_ActiveWithItsSid()
    {
        var account = await Api.FetchAccountAsync(Cancel);

        Assert.Equal((Credentials.AccountSid, AccountResource.StatusEnum.Active), (account.Sid, account.Status));
    }

    [Fact]
    public async Task FetchApplicationAsync_TheTwimlApp_HasTheAppsVoiceAndStatusUrls()
    {
        var application = await Api.FetchApplicationAsync(Credentials.TwimlAppSid, Cancel);

        Assert.Equal(Credentials.TwimlAppSid, application.Sid);
        Assert.Equal(app.BaseUrl + TwilioSimulator.VoicePath, application.VoiceUrl.OriginalString);
        Assert.Equal(app.BaseUrl + TwilioSimulator.StatusPath, application.StatusCallback.OriginalString);
    }

    [Fact]
    public async Task ListIncomingNumbersAsync_SimulatedNumbers_EachSentToTheTwimlApp()
    {
        var numbers = await Api.ListIncomingNumbersAsync(Cancel);

        var configured = app.Factory.Services.GetRequiredService<IOptions<SimulatorOptions>>().Value.PhoneNumbers;
        Assert.Equal(configured, numbers.Select(n => n.PhoneNumber.ToString()).ToList());
        Assert.All(numbers, n => Assert.Equal(Credentials.TwimlAppSid, n.VoiceApplicationSid));
    }

    [Fact]
    public async Task CreateFetchAndHangUpCall_ToAnAgent_ReadAsTwilioCalls()
    {
        var created = await Api.CreateCallAsync(
            new CreateCallOptions(new Client("agent1"), new PhoneNumber("+14155550100")) { Twiml = new Twiml("<Response><Pause length=\"30\"/></Response>") },
            Cancel);
        var fetched = await Api.FetchCallAsync(created.Sid, Cancel);
        var ended = await Api.HangUpCallAsync(created.Sid, Cancel);

        Assert.StartsWith("CA", created.Sid, StringComparison.Ordinal);
        Assert.Equal((Credentials.AccountSid, "client:agent1", "+14155550100"), (created.AccountSid, created.To, created.From));
        Assert.Equal(created.Sid, fetched.Sid);
        Assert.Equal(created.Sid, ended.Sid);
    }

    [Fact]
    public async Task FetchCallAsync_UnknownSid_Throws20404()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Api.FetchCallAsync("CA" + new string('0', 32), Cancel));

        Assert.Equal((20404, 404), (error.Code, error.Status));
        Assert.True(TwilioFailure.IsNotFound(error));
    }

    [Fact]
    public async Task DeleteRecordingAsync_UnknownSid_Throws20404()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Api.DeleteRecordingAsync("RE" + new string('0', 32), Cancel));

        Assert.Equal((20404, 404), (error.Code, error.Status));
    }

    [Fact]
    public async Task FetchApplicationAsync_UnknownSid_Throws20404()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Api.FetchApplicationAsync("AP" + new string('0', 32), Cancel));

        Assert.Equal((20404, 404), (error.Code, error.Status));
    }

    [Fact]
    public async Task FetchAccountAsync_WrongAuthToken_Throws20003()
    {
        var wrong = Options.Create(new TwilioOptions { AccountSid = Credentials.AccountSid, AuthToken = "not-the-auth-token" });
        var api = new TwilioApi(app.Factory.Services.GetRequiredService<IHttpClientFactory>(), wrong);

        var error = await Assert.ThrowsAsync<ApiException>(() => api.FetchAccountAsync(Cancel));

        Assert.Equal((20003, 401), (error.Code, error.Status));
        Assert.Equal("Twilio error 20003: Authenticate", TwilioFailure.Describe(error));
    }

    [Fact]
    public async Task OpenRecordingMedia_UnknownSid_Throws20404()
    {
        var media = app.Factory.Services.GetRequiredService<RecordingMediaClient>();

        var error = await Assert.ThrowsAsync<ApiException>(() => media.OpenAsync("RE" + new string('0', 32), RecordingMediaFormat.Mp3, null, Cancel));

        Assert.Equal((20404, 404), (error.Code, error.Status));
    }
}
