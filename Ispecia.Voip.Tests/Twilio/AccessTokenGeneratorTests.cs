namespace Ispecia.Voip.Tests.Twilio;

/// <summary>The app's access tokens, issued through the official library's Token and VoiceGrant.</summary>
public sealed class AccessTokenGeneratorTests
{
    private const string AccountSid = "AC00000000000000000000000000000000";
    private const string KeySid = "SK00000000000000000000000000000000";
    private const string AppSid = "AP00000000000000000000000000000000";
    // Twilio's API key secrets are 32 characters; the library refuses HS256 keys under 256 bits.
    private const string Secret = "superdupersecretsecret0123456789";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    // PROTOCOL.md T2: the library's token for the vector's inputs has the vector's header and claims. The vector's
    // bytes cannot be reproduced: its secret is shorter than the library accepts, and the library writes jti from the
    // wall clock in its own claim order.
    [Fact]
    public void Create_VectorT2Inputs_HasTheVectorsHeaderAndClaims()
    {
        const string vector =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0." +
            "eyJpc3MiOiJTSzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwIiwiZXhwIjoxNzAwMDAzNjAwLCJqdGkiOiJTSzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwLTE3MDAwMDAwMDAiLCJzdWIiOiJBQzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwIiwibmJmIjoxNzAwMDAwMDAwLCJncmFudHMiOnsiaWRlbnRpdHkiOiJhbGljZSIsInZvaWNlIjp7ImluY29taW5nIjp7ImFsbG93Ijp0cnVlfSwib3V0Z29pbmciOnsiYXBwbGljYXRpb25fc2lkIjoiQVAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMCIsInBhcmFtcyI6eyJmb28iOiJiYXIifX19fX0." +
            "Cm5u4cOpqCurvI-NQuPenvwJ0Lh7rw3qKISAJkuQyug";

        var token = AccessTokenGenerator.Create(
            AccountSid, KeySid, Secret, AppSid, "alice", Now, TimeSpan.FromSeconds(3600), new Dictionary<string, string> { ["foo"] = "bar" });

        var header = TestJwt.Header(token.Token);
        Assert.Equal(("HS256", "JWT", "twilio-fpa;v=1"), (header.GetProperty("alg").GetString(), header.GetProperty("typ").GetString(), header.GetProperty("cty").GetString()));
        var expected = TestJwt.Payload(vector);
        var actual = TestJwt.Payload(token.Token);
        foreach (var claim in new[] { "iss", "sub", "nbf", "exp", "grants" })
        {
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
                System.Text.Json.Nodes.JsonNode.Parse(expected.GetProperty(claim).GetRawText()),
                System.Text.Json.Nodes.JsonNode.Parse(actual.GetProperty(claim).GetRawText())), claim);
        }

        Assert.StartsWith(KeySid + "-", actual.GetProperty("jti").GetString(), StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700003600), token.ExpiresAt);
    }

    [Fact]
    public void Create_ShortApiSecret_IsRefusedNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            AccessTokenGenerator.Create(AccountSid, KeySid, "superdupersecretsecret", AppSid, "alice", Now, TimeSpan.FromHours(1)));

        Assert.Contains("Twilio:ApiSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FromOptions_CarriesIdentityVoiceGrantAndClaimsOfTheConfiguredKey()
    {
        var generator = new AccessTokenGenerator(Settings(), new ManualTimeProvider(Now));

        var token = generator.Create("agent.one");

        var payload = TestJwt.Payload(token.Token);
        Assert.Equal(KeySid, payload.GetProperty("iss").GetString());
        Assert.Equal(AccountSid, payload.GetProperty("sub").GetString());
        // py/node: iss is a prefix of jti (the library appends the wall-clock second).
        Assert.StartsWith($"{KeySid}-", payload.GetProperty("jti").GetString(), StringComparison.Ordinal);
        Assert.Equal(1700000000, payload.GetProperty("nbf").GetInt64());
        Assert.Equal(1700003600, payload.GetProperty("exp").GetInt64());
        var grants = payload.GetProperty("grants");
        Assert.Equal("agent.one", grants.GetProperty("identity").GetString());
        Assert.True(grants.GetProperty("voice").GetProperty("incoming").GetProperty("allow").GetBoolean());
        Assert.Equal(AppSid, grants.GetProperty("voice").GetProperty("outgoing").GetProperty("application_sid").GetString());
        Assert.False(grants.GetProperty("voice").GetProperty("outgoing").TryGetProperty("params", out _));
        Assert.Equal("twilio-fpa;v=1", TestJwt.Header(token.Token).GetProperty("cty").GetString());
        Assert.Equal("agent.one", token.Identity);
    }

    // node AccessToken.spec: exp - issued == ttl (3600 by default, 100 when asked).
    [Theory]
    [InlineData(3600)]
    [InlineData(100)]
    [InlineData(86400)]
    public void Create_ConfiguredTtl_SetsExpiryThatFarAfterNotBefore(int ttl)
    {
        var generator = new AccessTokenGenerator(Settings(o => o.TokenTtlSeconds = ttl), new ManualTimeProvider(Now));

        var token = generator.Create("alice");

        var payload = TestJwt.Payload(token.Token);
        Assert.Equal(ttl, payload.GetProperty("exp").GetInt64() - payload.GetProperty("nbf").GetInt64());
        Assert.Equal(Now.AddSeconds(ttl), token.ExpiresAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(59)]
    [InlineData(86401)]
    public void Create_ConfiguredTtlOutsideOneMinuteTo24Hours_IsRefusedNamingTheSetting(int ttl)
    {
        var generator = new AccessTokenGenerator(Settings(o => o.TokenTtlSeconds = ttl), new ManualTimeProvider(Now));

        var error = Assert.Throws<InvalidOperationException>(() => generator.Create("alice"));

        Assert.Contains("Twilio:TokenTtlSeconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(86401)]
    public void Create_ExplicitTtlOutsideOneSecondTo24Hours_Throws(int ttl)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, "alice", Now, TimeSpan.FromSeconds(ttl)));
    }

    [Fact]
    public void Create_MissingApiSecret_IsRefusedNamingTheSetting()
    {
        var generator = new AccessTokenGenerator(Settings(o => o.ApiSecret = ""), new ManualTimeProvider(Now));

        var error = Assert.Throws<InvalidOperationException>(() => generator.Create("alice"));

        Assert.Contains("Twilio:ApiSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoTwimlApp_GrantsIncomingOnly()
    {
        var token = AccessTokenGenerator.Create(AccountSid, KeySid, Secret, null, "alice", Now, TimeSpan.FromHours(1));

        var voice = TestJwt.Payload(token.Token).GetProperty("grants").GetProperty("voice");
        Assert.Equal("""{"incoming":{"allow":true}}""", voice.GetRawText());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_BlankIdentity_Throws(string identity)
    {
        Assert.Throws<ArgumentException>(() =>
            AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, identity, Now, TimeSpan.FromHours(1)));
    }

    // cs BaseJwtTest: 2037-09-07 09:00:00Z is 2135926800, whatever offset the time is given in.
    [Fact]
    public void Create_IssuedAtInAnotherOffset_WritesUtcUnixSeconds()
    {
        var issuedAt = new DateTimeOffset(2037, 9, 7, 11, 0, 0, TimeSpan.FromHours(2));

        var token = AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, "alice", issuedAt, TimeSpan.FromSeconds(60));

        Assert.Equal(2135926800, TestJwt.Payload(token.Token).GetProperty("nbf").GetInt64());
        Assert.Equal(2135926860, TestJwt.Payload(token.Token).GetProperty("exp").GetInt64());
    }

    [Fact]
    public void Create_IdentityWithJsonSpecialCharacters_RoundTripsThroughThePayload()
    {
        var token = AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, "o'brien \"x\" <y>", Now, TimeSpan.FromHours(1));

        Assert.Equal("o'brien \"x\" <y>", TestJwt.Payload(token.Token).GetProperty("grants").GetProperty("identity").GetString());
    }

    private static IOptions<TwilioOptions> Settings(Action<TwilioOptions>? change = null)
    {
        var options = new TwilioOptions { AccountSid = AccountSid, ApiKey = KeySid, ApiSecret = Secret, TwimlAppSid = AppSid };
        change?.Invoke(options);
        return Options.Create(options);
    }
}
