namespace Ispecia.Voip.Tests.Simulator.Contract;

/// <summary>
/// The simulator's token check (Twilio's side) against tokens the official library issues for the app: a library token
/// is accepted; tampered, expired, early or foreign ones get Twilio's codes (20101, 20104, 20157).
/// </summary>
public sealed class AccessTokenContractTests
{
    private const string AccountSid = "AC00000000000000000000000000000000";
    private const string KeySid = "SK00000000000000000000000000000000";
    private const string AppSid = "AP00000000000000000000000000000000";
    // The C# helper's test secret ("superdupersecretsecret") padded to 32 characters: the library refuses HS256 keys
    // under 256 bits, and Twilio's API key secrets are 32 characters.
    private const string Secret = "superdupersecretsecret0123456789";
    private static readonly DateTimeOffset IssuedAt = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    private readonly ManualTimeProvider clock = new(IssuedAt.AddMinutes(1));

    private AccessTokenValidator Validator => new(clock);

    [Fact]
    public void Validate_FreshToken_IsAcceptedWithIdentityAndVoiceGrant()
    {
        var token = Issue(TimeSpan.FromHours(1));

        var result = Validator.Validate(token.Token, AccountSid, KeySid, Secret);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("alice", result.Identity);
        Assert.True(result.IncomingAllowed);
        Assert.Equal(AppSid, result.OutgoingApplicationSid);
        Assert.Equal(token.ExpiresAt, result.ExpiresAt);
    }

    [Theory]
    [InlineData(3600)]
    [InlineData(3601)]
    [InlineData(90000)]
    public void Validate_AtOrAfterExpiry_Returns20104(int secondsLater)
    {
        var token = Issue(TimeSpan.FromHours(1));
        clock.Advance(TimeSpan.FromSeconds(secondsLater - 60));

        var result = Validator.Validate(token.Token, AccountSid, KeySid, Secret);

        Assert.Equal(AccessTokenValidationResult.ExpiredToken, result.ErrorCode);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Validate_OneSecondBeforeExpiry_IsAccepted()
    {
        var token = Issue(TimeSpan.FromHours(1));
        clock.Advance(TimeSpan.FromSeconds(3599 - 60));

        Assert.True(Validator.Validate(token.Token, AccountSid, KeySid, Secret).IsValid);
    }

    [Fact]
    public void Validate_SignedWithAnotherSecret_Returns20101()
    {
        var token = Issue(TimeSpan.FromHours(1));

        var result = Validator.Validate(token.Token, AccountSid, KeySid, "another-secret-of-32-characters!");

        Assert.Equal(AccessTokenValidationResult.InvalidToken, result.ErrorCode);
        Assert.Contains("signature", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PayloadSwappedAfterSigning_Returns20101()
    {
        var parts = Issue(TimeSpan.FromHours(1)).Token.Split('.');
        var other = AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, "mallory", IssuedAt, TimeSpan.FromHours(1)).Token.Split('.');

        var result = Validator.Validate($"{parts[0]}.{other[1]}.{parts[2]}", AccountSid, KeySid, Secret);

        Assert.Equal(AccessTokenValidationResult.InvalidToken, result.ErrorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("!!!.???.###")]
    [InlineData("e30.e30.e30.e30")]
    public void Validate_Malformed_Returns20101(string? token)
    {
        Assert.Equal(AccessTokenValidationResult.InvalidToken, Validator.Validate(token, AccountSid, KeySid, Secret).ErrorCode);
    }

    [Theory]
    [InlineData("""{"alg":"HS256","typ":"JWT"}""")]
    [InlineData("""{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=2"}""")]
    [InlineData("""{"alg":"none","typ":"JWT","cty":"twilio-fpa;v=1"}""")]
    public void Validate_HeaderWithoutTwilioContentTypeOrHs256_Returns20101(string header)
    {
        var token = TestJwt.Sign(header, Payload(), Secret);

        var result = Validator.Validate(token, AccountSid, KeySid, Secret);

        Assert.Equal(AccessTokenValidationResult.InvalidToken, result.ErrorCode);
        Assert.Contains("header", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HandMadeTokenWithTwilioHeader_IsAccepted()
    {
        var token = TestJwt.Sign(TestJwt.TwilioHeader, Payload(), Secret);

        Assert.True(Validator.Validate(token, AccountSid, KeySid, Secret).IsValid);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(60)]
    public void Validate_LibraryTokenWithNotBeforeWithinTheClockSkewLeeway_IsAccepted(int secondsAhead)
    {
        var token = AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, "alice", clock.GetUtcNow().AddSeconds(secondsAhead), TimeSpan.FromHours(1));

        Assert.True(Validator.Validate(token.Token, AccountSid, KeySid, Secret).IsValid);
    }

    [Fact]
    public void Validate_LibraryTokenWithNotBeforePastTheLeeway_Returns20101()
    {
        var token = AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, "alice", clock.GetUtcNow().AddSeconds(61), TimeSpan.FromHours(1));

        Assert.Equal(AccessTokenValidationResult.InvalidToken, Validator.Validate(token.Token, AccountSid, KeySid, Secret).ErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Validate_LibraryTokenWithOneCharacterChanged_Returns20101(int part)
    {
        var parts = Issue(TimeSpan.FromHours(1)).Token.Split('.');
        var chars = parts[part].ToCharArray();
        var i = chars.Length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        parts[part] = new string(chars);

        Assert.Equal(AccessTokenValidationResult.InvalidToken, Validator.Validate(string.Join('.', parts), AccountSid, KeySid, Secret).ErrorCode);
    }

    [Fact]
    public void Validate_NotBeforeInTheFuture_Returns20101()
    {
        var token = TestJwt.Sign(TestJwt.TwilioHeader, Payload(nbf: IssuedAt.AddMinutes(10)), Secret);

        Assert.Equal(AccessTokenValidationResult.InvalidToken, Validator.Validate(token, AccountSid, KeySid, Secret).ErrorCode);
    }

    [Fact]
    public void Validate_ExpiryMoreThan24HoursAndTheLeewayAhead_Returns20157()
    {
        var token = TestJwt.Sign(TestJwt.TwilioHeader, Payload(exp: clock.GetUtcNow().AddSeconds(86400 + 61)), Secret);

        Assert.Equal(AccessTokenValidationResult.ExpirationTooLong, Validator.Validate(token, AccountSid, KeySid, Secret).ErrorCode);
    }

    // A 24-hour library token issued by an app whose clock runs a little ahead of Twilio's.
    [Fact]
    public void Validate_LibraryTokenOf24HoursFromAClockAhead_IsAccepted()
    {
        var token = AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, "alice", clock.GetUtcNow().AddSeconds(30), TimeSpan.FromHours(24));

        Assert.True(Validator.Validate(token.Token, AccountSid, KeySid, Secret).IsValid);
    }

    [Theory]
    [InlineData("""{"identity":"alice"}""")]
    [InlineData("""{"identity":"alice","voice":{}}""")]
    [InlineData("""{"identity":"alice","voice":{"incoming":{"allow":false}}}""")]
    [InlineData("""{"voice":{"incoming":{"allow":true}}}""")]
    [InlineData("""{"identity":"","voice":{"incoming":{"allow":true}}}""")]
    public void Validate_MissingIdentityOrUsableVoiceGrant_Returns20101(string grants)
    {
        var token = TestJwt.Sign(TestJwt.TwilioHeader, Payload(grants: grants), Secret);

        Assert.Equal(AccessTokenValidationResult.InvalidToken, Validator.Validate(token, AccountSid, KeySid, Secret).ErrorCode);
    }

    [Fact]
    public void Validate_ExpiryNotANumber_Returns20101()
    {
        const string grants = """{"identity":"alice","voice":{"incoming":{"allow":true}}}""";
        var payload = $$"""{"iss":"{{KeySid}}","exp":"tomorrow","sub":"{{AccountSid}}","grants":{{grants}}}""";

        var result = Validator.Validate(TestJwt.Sign(TestJwt.TwilioHeader, payload, Secret), AccountSid, KeySid, Secret);

        Assert.Equal(AccessTokenValidationResult.InvalidToken, result.ErrorCode);
    }

    [Theory]
    [InlineData("AC11111111111111111111111111111111", KeySid)]
    [InlineData(AccountSid, "SK11111111111111111111111111111111")]
    public void Validate_OtherAccountOrKey_Returns20101(string accountSid, string keySid)
    {
        var token = Issue(TimeSpan.FromHours(1));

        Assert.Equal(AccessTokenValidationResult.InvalidToken, Validator.Validate(token.Token, accountSid, keySid, Secret).ErrorCode);
    }

    // PROTOCOL.md T1: the docs example (secret unpublished) decodes to the documented header and payload,
    // and without its secret it is refused as invalid, like any token signed with a key Twilio does not hold.
    [Fact]
    public void Validate_DocsExampleTokenT1_DecodesAsPublishedAndIsRefusedWithoutItsSecret()
    {
        const string token =
            "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0." +
            "eyJqdGkiOiJTS3h4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4LTE0NTA0NzExNDciLCJpc3MiOiJTS3h4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4Iiwic3ViIjoiQUN4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eCIsIm5iZiI6MTQ1MDQ3MTE0NywiZXhwIjoxNDUwNDc0NzQ3LCJncmFudHMiOnsiaWRlbnRpdHkiOiJ1c2VyQGV4YW1wbGUuY29tIiwiaXBfbWVzc2FnaW5nIjp7InNlcnZpY2Vfc2lkIjoiSVN4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eCIsImVuZHBvaW50X2lkIjoiSGlwRmxvd1NsYWNrRG9ja1JDOnVzZXJAZXhhbXBsZS5jb206c29tZWlvc2RldmljZSJ9fX0." +
            "IHx8KeH1acIfwnd8EIin3QBGPbfnF-yVnSFp5NpQJi0";

        Assert.Equal("""{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}""", TestJwt.DecodePart(token, 0));
        Assert.Equal(
            """{"jti":"SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-1450471147","iss":"SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","sub":"ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","nbf":1450471147,"exp":1450474747,"grants":{"identity":"user@example.com","ip_messaging":{"service_sid":"ISxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","endpoint_id":"HipFlowSlackDockRC:user@example.com:someiosdevice"}}}""",
            TestJwt.DecodePart(token, 1));
        var validator = new AccessTokenValidator(new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1450471200)));
        var result = validator.Validate(token, "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "not-the-docs-secret");
        Assert.Equal(AccessTokenValidationResult.InvalidToken, result.ErrorCode);
    }

    private static AccessToken Issue(TimeSpan ttl) =>
        AccessTokenGenerator.Create(AccountSid, KeySid, Secret, AppSid, "alice", IssuedAt, ttl);

    private string Payload(DateTimeOffset? nbf = null, DateTimeOffset? exp = null, string? grants = null)
    {
        var notBefore = (nbf ?? IssuedAt).ToUnixTimeSeconds();
        var expires = (exp ?? clock.GetUtcNow().AddHours(1)).ToUnixTimeSeconds();
        grants ??= """{"identity":"alice","voice":{"incoming":{"allow":true}}}""";
        return $$"""{"iss":"{{KeySid}}","exp":{{expires}},"jti":"{{KeySid}}-{{notBefore}}","sub":"{{AccountSid}}","nbf":{{notBefore}},"grants":{{grants}}}""";
    }
}
