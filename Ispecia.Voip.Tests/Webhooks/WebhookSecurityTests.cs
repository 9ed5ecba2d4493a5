namespace Ispecia.Voip.Tests.Webhooks;

/// <summary>Only Twilio (a valid signature for this exact URL and these exact fields) gets in; bad input gets 4xx.</summary>
public sealed class WebhookSecurityTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;
    private int demoCalls;

    public async ValueTask InitializeAsync()
    {
        app = await TwilioModeApp.StartAsync();
        demoCalls = await CountAllCallsAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public static TheoryData<string> Webhooks => new()
    {
        "/voip/webhook/twilio/voice", "/voip/webhook/twilio/status", "/voip/webhook/twilio/dial-action", "/voip/webhook/twilio/recording",
    };

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task Post_WithoutSignature_Returns403AndWritesNothing(string path)
    {
        var response = await app.PostWebhookAsync(path, InboundForm(), signatureOverride: "");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountCallsAsync());
    }

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task Post_TamperedField_Returns403AndWritesNothing(string path)
    {
        var form = InboundForm();
        var signature = TwilioSigner.Sign(TwilioModeApp.AuthToken, TwilioModeApp.BaseUrl + path, form);
        form["From"] = "+19005550123";

        var response = await app.PostWebhookAsync(path, form, signatureOverride: signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountCallsAsync());
    }

    [Fact]
    public async Task Post_SignatureReplayedToAnotherUrl_Returns403AndWritesNothing()
    {
        var response = await app.PostWebhookAsync("/voip/webhook/twilio/voice", InboundForm(), signedPath: "/voip/webhook/twilio/status");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountCallsAsync());
    }

    [Fact]
    public async Task Post_SignedWithAnotherAuthToken_Returns403()
    {
        var form = InboundForm();
        var response = await app.PostWebhookAsync("/voip/webhook/twilio/voice", form,
            signatureOverride: TwilioSigner.Sign("someone-elses-token", TwilioModeApp.BaseUrl + "/voip/webhook/twilio/voice", form));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/voip/webhook/twilio/status", "SequenceNumber", "three")]
    [InlineData("/voip/webhook/twilio/status", "CallStatus", "exploded")]
    [InlineData("/voip/webhook/twilio/status", "CallDuration", "-5")]
    [InlineData("/voip/webhook/twilio/dial-action", "DialCallStatus", "maybe")]
    [InlineData("/voip/webhook/twilio/recording", "RecordingDuration", "1.5x")]
    public async Task Post_FieldOfWrongType_Returns400ProblemAndWritesNothing(string path, string field, string value)
    {
        var form = new Dictionary<string, string>
        {
            ["CallSid"] = TwilioModeApp.NewCallSid(), ["CallStatus"] = "ringing", ["DialCallStatus"] = "busy",
            ["RecordingSid"] = "RE" + Guid.NewGuid().ToString("N"), ["RecordingStatus"] = "completed", [field] = value,
        };

        var response = await app.PostWebhookAsync(path, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, await CountCallsAsync());
    }

    [Fact]
    public async Task Post_MissingCallSid_Returns400()
    {
        var response = await app.PostWebhookAsync("/voip/webhook/twilio/voice", new Dictionary<string, string> { ["From"] = "+12125550100" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_HugeBody_Returns413()
    {
        var form = InboundForm();
        form["Padding"] = new string('x', 100_000);

        var response = await app.PostWebhookAsync("/voip/webhook/twilio/voice", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await CountCallsAsync());
    }

    [Fact]
    public async Task Post_ExtraUnknownFields_AreIgnored()
    {
        var form = InboundForm();
        form["SomethingTwilioAddsNextYear"] = "whatever";

        var response = await app.PostWebhookAsync("/voip/webhook/twilio/voice", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonInsteadOfForm_Returns415()
    {
        var client = app.Factory.CreateClient();
        var response = await client.PostAsync("/voip/webhook/twilio/voice",
            new StringContent("{\"CallSid\":\"x\"}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static Dictionary<string, string> InboundForm() => new()
    {
        ["CallSid"] = TwilioModeApp.NewCallSid(), ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["CallStatus"] = "ringing",
        ["DialCallStatus"] = "busy", ["RecordingSid"] = "RE" + Guid.NewGuid().ToString("N"), ["RecordingStatus"] = "completed",
    };

    /// <summary>Calls written since the demo data was seeded.</summary>
    private async Task<int> CountCallsAsync() => await CountAllCallsAsync() - demoCalls;

    private async Task<int> CountAllCallsAsync()
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Calls.CountAsync(TestContext.Current.CancellationToken);
    }
}
