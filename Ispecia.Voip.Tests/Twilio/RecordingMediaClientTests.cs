using Microsoft.AspNetCore.Http;
using Twilio.Exceptions;

namespace Ispecia.Voip.Tests.Twilio;

/// <summary>Recording media streamed (not buffered) with HTTP Range, on the app's Twilio HttpClient, against a local HTTP stub.</summary>
public sealed class RecordingMediaClientTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenAsync_Range_IsPassedThroughAndThePartialAnswerReturned()
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

        await using var media = await Client(services).OpenAsync("RE42", RecordingMediaFormat.Mp3, "bytes=10-19", Cancel);

        using var copy = new MemoryStream();
        await media.Content.CopyToAsync(copy, Cancel);
        Assert.Equal(audio[10..20], copy.ToArray());
        Assert.Equal((HttpStatusCode.PartialContent, "audio/mpeg", 10L, "bytes 10-19/100", "bytes"), (media.StatusCode, media.ContentType, media.ContentLength, media.ContentRange, media.AcceptRanges));
        var request = Assert.Single(stub.Requests);
        Assert.Equal(("GET", $"/2010-04-01/Accounts/{AccountSid}/Recordings/RE42.mp3", "bytes=10-19"), (request.Method, request.PathAndQuery, request.Headers["Range"]));
    }

    [Fact]
    public async Task OpenAsync_LargeFile_ReturnsBeforeTheBodyIsComplete()
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

        await using var media = await Client(services).OpenAsync("RE42", RecordingMediaFormat.Wav, null, Cancel);

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
    public async Task OpenAsync_RangeOutsideTheFile_Returns416WithoutThrowing()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 416;
            context.Response.Headers.ContentRange = "bytes */100";
            return Task.CompletedTask;
        });
        using var services = Services(stub);

        await using var media = await Client(services).OpenAsync("RE42", RecordingMediaFormat.Mp3, "bytes=500-", Cancel);

        Assert.Equal((HttpStatusCode.RequestedRangeNotSatisfiable, "bytes */100"), (media.StatusCode, media.ContentRange));
    }

    [Fact]
    public async Task OpenAsync_UnknownRecording_ThrowsTwilioNotFound()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 404,
            """{"code":20404,"message":"The requested resource was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}"""));
        using var services = Services(stub);

        var error = await Assert.ThrowsAsync<ApiException>(() =>
            Client(services).OpenAsync("RE404", RecordingMediaFormat.Mp3, null, Cancel));

        Assert.Equal((20404, 404), (error.Code, error.Status));
        Assert.True(TwilioFailure.IsNotFound(error));
    }

    private static ServiceProvider Services(StubTwilioServer stub)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = "auth-token-123",
            ["Twilio:ApiBaseUrl"] = stub.BaseUrl,
        }).Build();
        return new ServiceCollection().AddVoipTwilio(configuration).BuildServiceProvider();
    }

    private static RecordingMediaClient Client(ServiceProvider services) => services.GetRequiredService<RecordingMediaClient>();
}
