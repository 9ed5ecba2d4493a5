using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Ispecia.Voip.Tests.Twilio;

/// <summary>
/// The app's REST calls through the official library, on the HttpClient the app registers (retries, cancellation,
/// Twilio:ApiBaseUrl rebasing), against a local HTTP stub.
/// </summary>
public sealed class TwilioApiTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string AuthToken = "auth-token-123";
    private const string ApiSecret = "0123456789abcdef0123456789abcdef";
    private const string CallJson = """{"sid":"CA42","account_sid":"AC0123456789abcdef0123456789abcdef","parent_call_sid":null,"to":"+15558675310","from":"+15551112222","status":"queued","direction":"outbound-api"}""";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateCallAsync_Request_PostsTheFormWithBasicAuthAndReadsTheCall()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 201, CallJson));
        using var services = Services(stub);

        var call = await Client(services).CreateCallAsync(
            new CreateCallOptions(new PhoneNumber("+15558675310"), new PhoneNumber("+15551112222"))
            {
                Url = new Uri("https://crm.example.com/api/voip/twilio/outbound?x=1&y=2"),
                StatusCallback = new Uri("https://crm.example.com/api/voip/twilio/status"),
                StatusCallbackEvent = ["initiated", "ringing", "answered", "completed"],
                Timeout = 30,
                Record = true,
            },
            Cancel);

        Assert.Equal(
            ("CA42", AccountSid, "+15558675310", "+15551112222", CallResource.StatusEnum.Queued, "outbound-api"),
            (call.Sid, call.AccountSid, call.To, call.From, call.Status, call.Direction.ToString()));
        var request = Assert.Single(stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/2010-04-01/Accounts/{AccountSid}/Calls.json", request.PathAndQuery);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}")), request.Headers["Authorization"]);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers["Content-Type"], StringComparison.Ordinal);
        var form = QueryHelpers.ParseQuery(request.Body);
        Assert.Equal("+15558675310", form["To"]);
        Assert.Equal("+15551112222", form["From"]);
        Assert.Equal("https://crm.example.com/api/voip/twilio/outbound?x=1&y=2", form["Url"]);
        Assert.Equal(["initiated", "ringing", "answered", "completed"], form["StatusCallbackEvent"].ToArray());
        Assert.Equal("30", form["Timeout"]);
        Assert.Equal("true", form["Record"]);
        Assert.False(form.ContainsKey("Twiml"));
    }

    [Fact]
    public async Task CreateCallAsync_ServiceUnavailable_IsNotRetriedAndThrowsTwilioError()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) =>
            StubTwilioServer.Json(context, 503, """{"code":20503,"message":"Service unavailable","more_info":"https://www.twilio.com/docs/errors/20503","status":503}"""));
        using var services = Services(stub);

        var error = await Assert.ThrowsAsync<ApiException>(() =>
            Client(services).CreateCallAsync(new CreateCallOptions(new PhoneNumber("+15558675310"), new PhoneNumber("+15551112222")) { Twiml = new Twiml("<Response/>") }, Cancel));

        Assert.Single(stub.Requests);
        Assert.Equal(20503, error.Code);
        Assert.Equal(503, error.Status);
    }

    [Fact]
    public async Task HangUpCallAsync_Call_PostsStatusCompletedToTheCall()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 200, CallJson.Replace("queued", "completed", StringComparison.Ordinal)));
        using var services = Services(stub);

        var call = await Client(services).HangUpCallAsync("CA42", Cancel);

        Assert.Equal(CallResource.StatusEnum.Completed, call.Status);
        var request = Assert.Single(stub.Requests);
        Assert.Equal(("POST", $"/2010-04-01/Accounts/{AccountSid}/Calls/CA42.json", "Status=completed"), (request.Method, request.PathAndQuery, request.Body));
    }

    [Fact]
    public async Task FetchAccountAsync_ServiceUnavailableThenOk_RetriesTheGet()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, earlier) => earlier == 0
            ? StubTwilioServer.Json(context, 503, """{"code":20503,"message":"Service unavailable","status":503}""")
            : StubTwilioServer.Json(context, 200, $$"""{"sid":"{{AccountSid}}","friendly_name":"Ispecia","status":"active","type":"Full"}"""));
        using var services = Services(stub);

        var account = await Client(services).FetchAccountAsync(Cancel);

        Assert.Equal((AccountSid, "Ispecia", AccountResource.StatusEnum.Active, AccountResource.TypeEnum.Full), (account.Sid, account.FriendlyName, account.Status, account.Type));
        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Equal(("GET", $"/2010-04-01/Accounts/{AccountSid}.json"), (r.Method, r.PathAndQuery)));
    }

    [Fact]
    public async Task ListIncomingNumbersAsync_AccountWithNumbers_ReadsWhereEachNumbersCallsGo()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 200, """
            {"incoming_phone_numbers":[
              {"sid":"PN1","phone_number":"+14155550100","voice_url":"","voice_application_sid":"AP1"},
              {"sid":"PN2","phone_number":"+14155550101","voice_url":"https://crm.example.com/voip/webhook/twilio/voice","voice_application_sid":null}],
             "uri":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/IncomingPhoneNumbers.json","page_size":1000,"next_page_uri":null}
            """));
        using var services = Services(stub);

        var numbers = await Client(services).ListIncomingNumbersAsync(Cancel);

        Assert.Equal(
            new (string, string, string?, string?)[] { ("PN1", "+14155550100", null, "AP1"), ("PN2", "+14155550101", "https://crm.example.com/voip/webhook/twilio/voice", null) },
            numbers.Select(n => (n.Sid, n.PhoneNumber.ToString(), NonEmpty(n.VoiceUrl?.OriginalString), (string?)n.VoiceApplicationSid)).ToArray());
        var request = Assert.Single(stub.Requests);
        Assert.Equal(("GET", $"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json?PageSize=1000"), (request.Method, request.PathAndQuery));
    }

    [Fact]
    public async Task FetchAccountAsync_WrongCredentials_ThrowsWithTwilioCodeMessageAndLink()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 401,
            """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}"""));
        using var services = Services(stub);

        var error = await Assert.ThrowsAsync<ApiException>(() => Client(services).FetchAccountAsync(Cancel));

        Assert.Equal((20003, "Authenticate", "https://www.twilio.com/docs/errors/20003", 401), (error.Code, error.Message, error.MoreInfo, error.Status));
        Assert.Equal("Twilio error 20003: Authenticate", TwilioFailure.Describe(error));
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task FetchAccountAsync_NonJsonError_ThrowsWithTheStatusLine()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 403;
            return context.Response.WriteAsync("<html>Forbidden</html>", context.RequestAborted);
        });
        using var services = Services(stub);

        var error = await Assert.ThrowsAsync<ApiException>(() => Client(services).FetchAccountAsync(Cancel));

        Assert.Equal(0, error.Code);
        Assert.Contains("Forbidden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteRecordingAsync_ServerErrorThenNoContent_RetriesTheDelete()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, earlier) =>
        {
            context.Response.StatusCode = earlier == 0 ? 500 : 204;
            return Task.CompletedTask;
        });
        using var services = Services(stub);

        await Client(services).DeleteRecordingAsync("RE42", Cancel);

        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Equal(("DELETE", $"/2010-04-01/Accounts/{AccountSid}/Recordings/RE42.json"), (r.Method, r.PathAndQuery)));
    }

    [Fact]
    public Task FetchAccountAsync_CallerCancelsWhileTwilioIsSlow_AbandonsTheRequestAndThrowsCancelled() =>
        CancelWhileTwilioIsSlowAsync((api, ct) => api.FetchAccountAsync(ct));

    [Fact]
    public Task CreateCallAsync_CallerCancelsBeforeTwilioAnswers_TheConnectionIsClosedAndNothingIsRetried() =>
        CancelWhileTwilioIsSlowAsync((api, ct) => api.CreateCallAsync(
            new CreateCallOptions(new PhoneNumber("+15558675310"), new PhoneNumber("+15551112222")) { Url = new Uri("https://a/b") }, ct));

    [Fact]
    public async Task FetchAccountAsync_AlreadyCancelled_SendsNothing()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 200, "{}"));
        using var services = Services(stub);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(services).FetchAccountAsync(new CancellationToken(canceled: true)));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task FetchCallAsync_SidWithPathCharacters_IsRefusedBeforeSending()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 200, CallJson));
        using var services = Services(stub);

        await Assert.ThrowsAsync<ArgumentException>(() => Client(services).FetchCallAsync("CA42/../../Messages", Cancel));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task AddVoipTwilio_Configuration_ResolvesEveryTwilioService()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 200, "{}"));
        using var services = Services(stub);

        Assert.NotNull(services.GetRequiredService<AccessTokenGenerator>().Create("alice").Token);
        Assert.NotNull(services.GetRequiredService<TwilioApi>());
        Assert.NotNull(services.GetRequiredService<RecordingMediaClient>());
    }

    /// <summary>Twilio takes 30 s to answer; the caller cancels once the request is out: it must fail as cancelled, the
    /// connection must close (Twilio sees the abort) and nothing may be sent again.</summary>
    private static async Task CancelWhileTwilioIsSlowAsync(Func<TwilioApi, CancellationToken, Task> call)
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var stub = await StubTwilioServer.StartAsync(async (context, _) =>
        {
            context.RequestAborted.Register(() => aborted.TrySetResult());
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        using var services = Services(stub);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        var pending = call(Client(services), caller.Token);
        await WaitForRequestAsync(stub);
        caller.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(5), Cancel);
        Assert.Single(stub.Requests);
    }

    private static async Task WaitForRequestAsync(StubTwilioServer stub)
    {
        while (stub.Requests.Count == 0)
        {
            await Task.Delay(10, Cancel);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static ServiceProvider Services(StubTwilioServer stub)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:ApiKey"] = "SK0123456789abcdef0123456789abcdef",
            ["Twilio:ApiSecret"] = ApiSecret,
            ["Twilio:TwimlAppSid"] = "AP0123456789abcdef0123456789abcdef",
            ["Twilio:ApiBaseUrl"] = stub.BaseUrl + "/",
        }).Build();
        return new ServiceCollection().AddVoipTwilio(configuration).BuildServiceProvider();
    }

    private static TwilioApi Client(ServiceProvider services) => services.GetRequiredService<TwilioApi>();
}
