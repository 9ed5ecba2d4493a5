using Ispecia.Voip.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Ispecia.Voip.Tests.Operations;

/// <summary>/health/live and /health/ready as a load balancer sees them: anonymous, JSON, and 503 only for what this instance needs.</summary>
public sealed class HealthEndpointTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_AnswersOkWithoutSignIn_AndAsksNoDependency()
    {
        await using var factory = new VoipAppFactory();
        var response = await factory.CreateBrowserLikeClient().GetAsync("/health/live", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await ReadAsync(response);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Empty(health.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task Ready_WithTheDatabase_IsOk_AndSaysTheSimulatorIsInUse()
    {
        await using var factory = new VoipAppFactory();
        var response = await factory.CreateBrowserLikeClient().GetAsync("/health/ready", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await ReadAsync(response)).GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.True(checks.GetProperty("database").GetProperty("durationMs").GetDouble() >= 0);
        Assert.Contains("simulator is in use", checks.GetProperty("twilio").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(checks.TryGetProperty("redis", out _), "Redis is not configured, so it is not checked.");
    }

    [Fact]
    public async Task Ready_DatabaseUnreachable_Is503_AndNamesNoConnectionDetail()
    {
        var port = RedisServer.FreePort();
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Voip"] = $"Host=127.0.0.1;Port={port};Database=voip;Username=voip;Password=secret-pw;Timeout=2",
        })
        {
            // Migrating at start-up would stop the app before it could answer; here the database goes away while it runs.
            TestServices = services => services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DatabaseInitializer))),
        };

        var response = await factory.CreateBrowserLikeClient().GetAsync("/health/ready", Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Unhealthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("secret-pw", body, StringComparison.Ordinal);
        Assert.DoesNotContain($"{port}", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserLikeClient().GetAsync("/health/live", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Ready_RedisConfiguredButDown_Is503()
    {
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?> { ["Redis:ConnectionString"] = $"127.0.0.1:{RedisServer.FreePort()}" });
        var response = await factory.CreateBrowserLikeClient().GetAsync("/health/ready", Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = (await ReadAsync(response)).GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_RedisConfiguredAndUp_IsOk()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?> { ["Redis:ConnectionString"] = redis.ConnectionString });
        var response = await factory.CreateBrowserLikeClient().GetAsync("/health/ready", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await ReadAsync(response)).GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_TwilioUnreachable_IsDegradedButStillOk()
    {
        await using var app = await TwilioModeApp.StartAsync(new Dictionary<string, string?> { ["Twilio:ApiBaseUrl"] = $"http://127.0.0.1:{RedisServer.FreePort()}" });
        var response = await app.Factory.CreateBrowserLikeClient().GetAsync("/health/ready", Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("twilio").GetProperty("status").GetString());
        Assert.DoesNotContain(TwilioModeApp.AuthToken, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_TwilioAnswers_IsHealthy_WithoutSendingCredentials()
    {
        await using var stub = await StubTwilioServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 401;
            return Task.CompletedTask;
        });
        await using var app = await TwilioModeApp.StartAsync(new Dictionary<string, string?> { ["Twilio:ApiBaseUrl"] = stub.BaseUrl });
        var response = await app.Factory.CreateBrowserLikeClient().GetAsync("/health/ready", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await ReadAsync(response)).GetProperty("checks").GetProperty("twilio").GetProperty("status").GetString());
        Assert.All(stub.Requests, r => Assert.False(r.Headers.ContainsKey("Authorization")));
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
    }
}
