using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Security;

/// <summary>
/// The requests a fuzzer found answered with 500: each gets a clear 4xx (problem details on machine-facing paths) and
/// changes nothing, in production and in Development (where binding failures are thrown as exceptions).
/// </summary>
public sealed class BadInputTests
{
    private const string Voice = "/voip/webhook/twilio/voice";

    public static TheoryData<string> Environments => new() { "Testing", "Development" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Webhook_FormInUtf7_Returns4xxProblem(string environment)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);
        using var content = new StringContent("CallSid=CA1&From=%2B12125550147", Encoding.ASCII);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-7");
        var calls = await CountAsync(app, db => db.Calls);

        var response = await app.Factory.CreateClient().PostAsync(Voice, content, Ct);

        await AssertProblemAsync(response);
        Assert.Equal(calls, await CountAsync(app, db => db.Calls));
    }

    [Theory]
    [InlineData("Testing", "/api/auth/login")]
    [InlineData("Development", "/api/auth/login")]
    [InlineData("Testing", "/api/contacts")]
    [InlineData("Development", "/api/contacts")]
    public async Task JsonEndpoint_BogusCharset_Returns4xxProblem(string environment, string path)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);
        var client = await app.Factory.CreateClientForAsync(DemoAccounts.Agent1);
        var contacts = await CountAsync(app, db => db.Contacts);
        using var content = new StringContent("""{"email":"a@b.c","password":"x","firstName":"A","lastName":"B"}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=bogus");

        var response = await client.PostAsync(path, content, Ct);

        await AssertProblemAsync(response);
        Assert.Equal(contacts, await CountAsync(app, db => db.Contacts));
    }

    [Theory]
    [InlineData("Testing", "/api/auth/login", """{"email":null,"password":"x"}""")]
    [InlineData("Development", "/api/auth/login", """{"email":null,"password":"x"}""")]
    [InlineData("Testing", "/api/auth/login", """{"email":"agent1@ispecia.local","password":null}""")]
    [InlineData("Testing", "/api/auth/forgotPassword", """{"email":null}""")]
    [InlineData("Testing", "/api/auth/resendConfirmationEmail", """{"email":null}""")]
    [InlineData("Testing", "/api/auth/resetPassword", """{"email":null,"resetCode":null,"newPassword":null}""")]
    [InlineData("Testing", "/api/auth/refresh", """{"refreshToken":null}""")]
    [InlineData("Development", "/api/auth/refresh", """{"refreshToken":null}""")]
    public async Task AuthEndpoint_NullRequiredField_Returns400Problem(string environment, string path, string json)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);

        var response = await app.Factory.CreateClient().PostAsync(path, Json(json), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblemAsync(response);
    }

    [Theory]
    [InlineData("Testing", "/api/contacts", """{"firstName":"A","lastName":"B","phoneNumbers":null}""")]
    [InlineData("Development", "/api/contacts", """{"firstName":"A","lastName":"B","phoneNumbers":null}""")]
    [InlineData("Testing", "/api/contacts", """{"firstName":"A","lastName":"B","phoneNumbers":[null]}""")]
    [InlineData("Testing", "/api/leads", """{"title":"T","contactPerson":"P","phoneNumbers":null}""")]
    [InlineData("Development", "/api/leads", """{"title":"T","contactPerson":"P","phoneNumbers":[null]}""")]
    public async Task CrmApi_NullPhoneNumbers_Returns400AndStoresNothing(string environment, string path, string json)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);
        var client = await app.Factory.CreateClientForAsync(DemoAccounts.Agent1);
        var before = await CountAsync(app, db => db.Contacts) + await CountAsync(app, db => db.Leads);

        var response = await client.PostAsync(path, Json(json), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblemAsync(response);
        Assert.Equal(before, await CountAsync(app, db => db.Contacts) + await CountAsync(app, db => db.Leads));
    }

    [Theory]
    [InlineData("client:agent1", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀")]
    [InlineData("client:agent1", "+1 415 😀")]
    [InlineData("+12125550147", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀")]
    public async Task VoiceWebhook_SignedWithEmojiTo_AnswersValidTwiml(string from, string to)
    {
        await using var app = await TwilioModeApp.StartAsync();
        var form = new Dictionary<string, string> { ["CallSid"] = TwilioModeApp.NewCallSid(), ["From"] = from, ["To"] = to };

        var response = await app.PostWebhookAsync(Voice, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Response", twiml.Root!.Name.LocalName);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task CallsExport_UnknownResult_Returns400BeforeAnyCsv(string environment)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);
        var client = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Supervisor);

        var response = await client.GetAsync("/calls/export.csv?result=bogus", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Id,Started", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Logout_WithoutAntiforgeryToken_Returns400AndKeepsTheSession(string environment)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);
        var client = await app.Factory.CreateCookieClientForAsync(DemoAccounts.Agent1);

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/contacts?page=abc")]
    [InlineData("/api/leads?pageSize=many")]
    public async Task Development_UnbindableQueryValue_Returns400Problem(string path)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: "Development");
        var client = await app.Factory.CreateClientForAsync(DemoAccounts.Admin);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblemAsync(response);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task JsonEndpoint_MalformedJson_Returns400Problem(string environment)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);
        var client = await app.Factory.CreateClientForAsync(DemoAccounts.Agent1);

        var response = await client.PostAsync("/api/contacts", Json("""{"firstName": "A", """), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblemAsync(response);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task BridgeWebhook_SignedWithoutCallId_Returns400Problem(string environment)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);

        var response = await app.PostWebhookAsync("/voip/webhook/twilio/bridge", new Dictionary<string, string> { ["CallSid"] = TwilioModeApp.NewCallSid() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblemAsync(response);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task StatusWebhook_UnsignedWithTextCallId_Returns4xxProblemAndWritesNothing(string environment)
    {
        await using var app = await TwilioModeApp.StartAsync(environment: environment);
        var calls = await CountAsync(app, db => db.Calls);

        var response = await app.PostWebhookAsync("/voip/webhook/twilio/status?callId=abc",
            new Dictionary<string, string> { ["CallSid"] = TwilioModeApp.NewCallSid(), ["CallStatus"] = "completed" }, signatureOverride: "");

        await AssertProblemAsync(response);
        Assert.Equal(calls, await CountAsync(app, db => db.Calls));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"Expected a 4xx, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<int> CountAsync<T>(TwilioModeApp app, Func<VoipDbContext, IQueryable<T>> set)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return await set(db).CountAsync(Ct);
    }
}
