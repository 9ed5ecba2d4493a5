using System.Net;
using System.Text;
using Ispecia.Voip.Core.Twilio;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ispecia.Voip.Tests.Core.Twilio;

/// <summary>The REST client as the app registers it (typed HttpClient + retries), against a local HTTP stub.</summary>
public sealed class TwilioRestClientTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string AuthToken = "auth-token-123";
    private const string CallJson = """{"sid":"CA42","account_sid":"AC0123456789abcdef0123456789abcdef","parent_call_sid":null,"to":"+15558675310","from":"+15551112222","status":"queued","direction":"outbound-api"}""";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateCallAsync_Request_PostsTheFormWithBasicAuthAndReadsTheCall()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 201, CallJson));
        using var services = Services(stub);

        var call = await Client(services).CreateCallAsync(
            new CreateCallRequest("+15558675310", "+15551112222")
            {
                Url = "https://crm.example.com/api/voip/twilio/outbound?x=1&y=2",
                StatusCallback = "https://crm.example.com/api/voip/twilio/status",
                StatusCallbackEvents = ["initiated", "ringing", "answered", "completed"],
                Timeout = 30,
                Record = true,
            },
            Cancel);

        Assert.Equal(new TwilioCall { Sid = "CA42", AccountSid = AccountSid, To = "+15558675310", From = "+15551112222", Status = "queued", Direction = "outbound-api" }, call);
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

        var error = await Assert.ThrowsAsync<TwilioApiException>(() =>
            Client(services).CreateCallAsync(new CreateCallRequest("+15558675310", "+15551112222") { Twiml = "<Response/>" }, Cancel));

        Assert.Single(stub.Requests);
        Assert.Equal(20503, error.Code);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("https://a/voice", "<Response/>", null)]
    [InlineData("https://a/voice", null, "AP123")]
    public async Task CreateCallAsync_NotExactlyOneSourceOfTwiml_IsRefusedBeforeSending(string? url, string? twiml, string? applicationSid)
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 201, CallJson));
        using var services = Services(stub);

        await Assert.ThrowsAsync<ArgumentException>(() => Client(services).CreateCallAsync(
            new CreateCallRequest("+15558675310", "+15551112222") { Url = url, Twiml = twiml, ApplicationSid = applicationSid }, Cancel));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task HangUpCallAsync_Call_PostsStatusCompletedToTheCall()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 200, CallJson.Replace("queued", "completed", StringComparison.Ordinal)));
        using var services = Services(stub);

        var call = await Client(services).HangUpCallAsync("CA42", Cancel);

        Assert.Equal("completed", call.Status);
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

        Assert.Equal(new TwilioAccount { Sid = AccountSid, FriendlyName = "Ispecia", Status = "active", Type = "Full" }, account);
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
             "next_page_uri":null}
            """));
        using var services = Services(stub);

        var numbers = await Client(services).ListIncomingNumbersAsync(Cancel);

        Assert.Equal(
            [new TwilioIncomingNumber { Sid = "PN1", PhoneNumber = "+14155550100", VoiceUrl = "", VoiceApplicationSid = "AP1" },
             new TwilioIncomingNumber { Sid = "PN2", PhoneNumber = "+14155550101", VoiceUrl = "https://crm.example.com/voip/webhook/twilio/voice" }],
            numbers);
        Assert.Equal(("GET", $"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json?PageSize=1000"), (stub.Requests[0].Method, stub.Requests[0].PathAndQuery));
    }

    [Fact]
    public async Task FetchAccountAsync_WrongCredentials_ThrowsWithTwilioCodeMessageAndLink()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 401,
            """{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}"""));
        using var services = Services(stub);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Client(services).FetchAccountAsync(Cancel));

        Assert.Equal((20003, "Authenticate", "https://www.twilio.com/docs/errors/20003", HttpStatusCode.Unauthorized), (error.Code, error.Message, error.MoreInfo, error.StatusCode));
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

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Client(services).FetchAccountAsync(Cancel));

        Assert.Null(error.Code);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRecordingMediaAsync_Range_IsPassedThroughAndThePartialAnswerReturned()
    {
        var audio = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        await using var stub = await StubTwilioServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 206;
            context.Response.ContentType = "audio/mpeg";
            context.Response.ContentLength = 10;
            context.Response.Headers.ContentRange = "bytes 10-19/100";
            context.Response.Headers.AcceptRanges = "bytes";
            await context.Response.Body.WriteAsync(audio.AsMemory(10, 10), context.RequestAborted);
        });
        using var services = Services(stub);

        await using var media = await Client(services).GetRecordingMediaAsync("RE42", RecordingMediaFormat.Mp3, "bytes=10-19", Cancel);

        using var copy = new MemoryStream();
        await media.Content.CopyToAsync(copy, Cancel);
        Assert.Equal(audio[10..20], copy.ToArray());
        Assert.Equal((HttpStatusCode.PartialContent, "audio/mpeg", 10L, "bytes 10-19/100", "bytes"), (media.StatusCode, media.ContentType, media.ContentLength, media.ContentRange, media.AcceptRanges));
        var request = Assert.Single(stub.Requests);
        Assert.Equal(("GET", $"/2010-04-01/Accounts/{AccountSid}/Recordings/RE42.mp3", "bytes=10-19"), (request.Method, request.PathAndQuery, request.Headers["Range"]));
    }

    [Fact]
    public async Task GetRecordingMediaAsync_LargeFile_ReturnsBeforeTheBodyIsComplete()
    {
        var rest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var stub = await StubTwilioServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "audio/x-wav";
            await context.Response.Body.WriteAsync(new byte[] { 1, 2, 3 }, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await rest.Task.WaitAsync(context.RequestAborted);
            await context.Response.Body.WriteAsync(new byte[] { 4, 5 }, context.RequestAborted);
        });
        using var services = Services(stub);

        await using var media = await Client(services).GetRecordingMediaAsync("RE42", RecordingMediaFormat.Wav, cancellationToken: Cancel);

        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.False(rest.Task.IsCompleted);
        Assert.DoesNotContain("Range", stub.Requests.Single().Headers.Keys);
        rest.SetResult();
        using var copy = new MemoryStream();
        await media.Content.CopyToAsync(copy, Cancel);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, copy.ToArray());
        Assert.EndsWith("/Recordings/RE42.wav", stub.Requests.Single().PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRecordingMediaAsync_RangeOutsideTheFile_Returns416WithoutThrowing()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 416;
            context.Response.Headers.ContentRange = "bytes */100";
            return Task.CompletedTask;
        });
        using var services = Services(stub);

        await using var media = await Client(services).GetRecordingMediaAsync("RE42", RecordingMediaFormat.Mp3, "bytes=500-", Cancel);

        Assert.Equal((HttpStatusCode.RequestedRangeNotSatisfiable, "bytes */100"), (media.StatusCode, media.ContentRange));
    }

    [Fact]
    public async Task GetRecordingMediaAsync_UnknownRecording_ThrowsTwilioNotFound()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 404,
            """{"code":20404,"message":"The requested resource was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}"""));
        using var services = Services(stub);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() =>
            Client(services).GetRecordingMediaAsync("RE404", RecordingMediaFormat.Mp3, cancellationToken: Cancel));

        Assert.Equal((20404, HttpStatusCode.NotFound), (error.Code, error.StatusCode));
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
    public async Task AddVoipTwilio_Configuration_ResolvesEveryTwilioService()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 200, "{}"));
        using var services = Services(stub);

        Assert.NotNull(services.GetRequiredService<AccessTokenGenerator>());
        Assert.NotNull(services.GetRequiredService<AccessTokenValidator>());
        Assert.Equal(
            new TwilioRequestValidator(AuthToken).ComputeSignature("https://a/b", []),
            services.GetRequiredService<TwilioRequestValidator>().ComputeSignature("https://a/b", []));
        Assert.NotNull(services.GetRequiredService<TwilioRestClient>());
    }

    private static ServiceProvider Services(StubTwilioServer stub)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:ApiKey"] = "SK0123456789abcdef0123456789abcdef",
            ["Twilio:ApiSecret"] = "secret",
            ["Twilio:ApiBaseUrl"] = stub.BaseUrl + "/",
        }).Build();
        return new ServiceCollection().AddVoipTwilio(configuration).BuildServiceProvider();
    }

    private static TwilioRestClient Client(ServiceProvider services) => services.GetRequiredService<TwilioRestClient>();
}
