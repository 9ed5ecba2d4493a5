namespace Ispecia.Voip.Tests.Twilio;

public sealed class TwilioOptionsTests
{
    [Theory]
    [InlineData(null, "+15551112222")]
    [InlineData("", "+15551112222")]
    [InlineData("+15553334444", "+15553334444")]
    public void EffectiveCallerId_CallerIdSetOrNot_FallsBackToThePhoneNumber(string? callerId, string expected)
    {
        var options = new TwilioOptions { PhoneNumber = "+15551112222", CallerId = callerId };

        Assert.Equal(expected, options.EffectiveCallerId);
    }

    [Fact]
    public void AddVoipTwilio_TwilioSection_IsBoundWithDefaultsForWhatIsMissing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = "AC1",
            ["Twilio:ValidateSignatures"] = "false",
            ["Twilio:TokenTtlSeconds"] = "600",
        }).Build();
        using var services = new ServiceCollection().AddVoipTwilio(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<TwilioOptions>>().Value;

        Assert.Equal(("AC1", false, 600, "https://api.twilio.com"), (options.AccountSid, options.ValidateSignatures, options.TokenTtlSeconds, options.ApiBaseUrl));
    }
}
