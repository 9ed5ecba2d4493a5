using Ispecia.Voip.Core.Calls.Lifecycle;
using Ispecia.Voip.Core.Configuration;
using Ispecia.Voip.Core.Phone;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Tests.Core.Calls;

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
}
