namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The app in Twilio mode with test credentials and the demo directory (agents, routes, DIDs), plus a client that
/// posts webhooks signed as Twilio would sign them.
/// </summary>
public sealed class TwilioModeApp : IAsyncDisposable
{
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string BaseUrl = "http://localhost";

    private TwilioModeApp(VoipAppFactory factory) => Factory = factory;

    public VoipAppFactory Factory { get; }

    /// <param name="environment">Testing (production-like) by default; Development turns binding failures into exceptions.</param>
    /// <param name="testServices">Services to add to the app's, e.g. an EF Core interceptor.</param>
    public static async Task<TwilioModeApp> StartAsync(
        IReadOnlyDictionary<string, string?>? extraSettings = null, string environment = "Testing", Action<IServiceCollection>? testServices = null)
    {
        var factory = new VoipAppFactory(settings: Settings(extraSettings)) { Environment = environment, TestServices = testServices };
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        return new TwilioModeApp(factory);
    }

    /// <summary>Twilio mode with the test credentials, plus <paramref name="extraSettings"/>.</summary>
    public static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Voip:Mode"] = "Twilio",
            ["Twilio:AccountSid"] = "AC" + new string('a', 32),
            ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:ApiKey"] = "SK" + new string('b', 32),
            ["Twilio:ApiSecret"] = "test-api-secret-0123456789abcdef",
            ["Twilio:TwimlAppSid"] = "AP" + new string('c', 32),
            ["Twilio:PhoneNumber"] = DemoDataSeeder.MainLineDid,
            // Required in Twilio mode; the test server's own origin, so webhooks are signed for what it receives.
            ["Voip:PublicBaseUrl"] = BaseUrl,
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Posts a webhook signed for <paramref name="signedPath"/> (defaults to the path it is posted to).</summary>
    public async Task<HttpResponseMessage> PostWebhookAsync(
        string path, IReadOnlyDictionary<string, string> form, string? signedPath = null, string? signatureOverride = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signatureOverride ?? TwilioSigner.Sign(AuthToken, BaseUrl + (signedPath ?? path), form));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<string> PostTwimlAsync(string path, IReadOnlyDictionary<string, string> form)
    {
        var response = await PostWebhookAsync(path, form);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public static string NewCallSid() => "CA" + Guid.NewGuid().ToString("N");

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
