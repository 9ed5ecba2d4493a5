using Ispecia.Voip.Core.Calls.Outbound;

namespace Ispecia.Voip.Tests.Calls;

public sealed class OutboundPolicyTests
{
    [Theory]
    [InlineData("+12125550147", null)]
    [InlineData("+19005550123", "+1900")]
    [InlineData("+442079460958", "not allowed")]
    [InlineData("+4930123456", "not allowed")]
    public void Refusal_DefaultPolicyInUs_AllowsUsAndBlocksPremiumAndAbroad(string number, string? expectedReason)
    {
        var policy = new OutboundPolicy(Options.Create(new VoipOptions { DefaultRegion = "US" }), new PhoneNumberService("US"));

        var refusal = policy.Refusal(number);

        if (expectedReason is null)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.Contains(expectedReason, refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Refusal_AllowedCountriesListed_AllowsThem()
    {
        var options = new VoipOptions { DefaultRegion = "US", Outbound = new OutboundPolicyOptions { AllowedCountries = ["US", "GB"] } };
        var policy = new OutboundPolicy(Options.Create(options), new PhoneNumberService("US"));

        Assert.Null(policy.Refusal("+442079460958"));
        Assert.Contains("premium", policy.Refusal("+449012345678"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+4990012345678", "DE")]
    [InlineData("+4990091234567", "DE")]
    [InlineData("+449098765432", "GB")]
    [InlineData("+19002345678", "US")]
    public void Refusal_PremiumRateNumbers_BlockedByDefaultPrefixes(string number, string country)
    {
        var options = new VoipOptions { DefaultRegion = "US", Outbound = new OutboundPolicyOptions { AllowedCountries = [country] } };
        var policy = new OutboundPolicy(Options.Create(options), new PhoneNumberService("US"));

        Assert.Contains("premium", policy.Refusal(number), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+4990091234567", "DE", "premium rate")]
    [InlineData("+449098765432", "GB", "premium rate")]
    [InlineData("+19002345678", "US", "premium rate")]
    [InlineData("+4918012345678", "DE", "shared cost")]
    public void Refusal_NoPrefixesListed_StillBlocksPremiumAndSharedCostByNumberType(string number, string country, string expectedType)
    {
        var options = new VoipOptions { DefaultRegion = "US", Outbound = new OutboundPolicyOptions { AllowedCountries = [country], BlockedPrefixes = [] } };
        var policy = new OutboundPolicy(Options.Create(options), new PhoneNumberService("US"));

        Assert.Contains(expectedType, policy.Refusal(number), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+442079460958", "GB")]
    [InlineData("+493012345678", "DE")]
    [InlineData("+443001234567", "GB")]
    public void Refusal_OrdinaryAndUanNumbers_Allowed(string number, string country)
    {
        var options = new VoipOptions { DefaultRegion = "US", Outbound = new OutboundPolicyOptions { AllowedCountries = [country] } };
        var policy = new OutboundPolicy(Options.Create(options), new PhoneNumberService("US"));

        Assert.Null(policy.Refusal(number));
    }
}
