namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The app in Twilio mode whose REST API is a local stub that accepts every call it is asked to create, as Twilio
/// does with 201 and the new call, so a test can follow an outbound call from the API to the bridge webhook.
/// </summary>
internal sealed class CallCreatingTwilioApp : IAsyncDisposable
{
    private CallCreatingTwilioApp(StubTwilioServer twilio, TwilioModeApp app)
    {
        Twilio = twilio;
        App = app;
    }

    public StubTwilioServer Twilio { get; }

    public TwilioModeApp App { get; }

    /// <param name="createdSid">The sid the stub gives each created call.</param>
    public static async Task<CallCreatingTwilioApp> StartAsync(string createdSid)
    {
        var twilio = await StubTwilioServer.StartAsync((context, _) => StubTwilioServer.Json(context, 201,
            $$"""{"sid":"{{createdSid}}","account_sid":"AC{{new string('a', 32)}}","to":"client:agent1","from":"+14155550101","status":"queued","direction":"outbound-api"}"""));
        var app = await TwilioModeApp.StartAsync(new Dictionary<string, string?> { ["Twilio:ApiBaseUrl"] = twilio.BaseUrl });
        return new CallCreatingTwilioApp(twilio, app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Twilio.DisposeAsync();
    }
}
