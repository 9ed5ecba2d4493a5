using Ispecia.Voip.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Ispecia.Voip.Tests.Hosting;

/// <summary>The official library cannot sign access tokens with a key under 256 bits: Twilio mode refuses to start with one.</summary>
public sealed class ConfigurationCheckApiSecretTests
{
    [Fact]
    public void ResolveOrThrow_TwilioModeWithShortApiSecret_FailsNamingTheSettingAndVariable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ConfigurationCheck.ResolveOrThrow(Twilio("short-secret"), Production()));

        Assert.Contains("Twilio:ApiSecret (TWILIO_API_SECRET)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveOrThrow_TwilioModeWith32CharacterApiSecret_Starts()
    {
        var mode = ConfigurationCheck.ResolveOrThrow(Twilio("0123456789abcdef0123456789abcdef"), Production());

        Assert.False(mode.IsSimulator);
    }

    private static IConfiguration Twilio(string apiSecret) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Voip:Mode"] = "Twilio",
        ["Voip:PublicBaseUrl"] = "https://crm.example.com",
        ["Twilio:AccountSid"] = "AC" + new string('a', 32),
        ["Twilio:AuthToken"] = "token",
        ["Twilio:ApiKey"] = "SK" + new string('b', 32),
        ["Twilio:ApiSecret"] = apiSecret,
        ["Twilio:TwimlAppSid"] = "AP" + new string('c', 32),
    }).Build();

    private static HostingEnvironment Production() => new() { EnvironmentName = Environments.Production };
}
