using Ispecia.Voip.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Ispecia.Voip.Tests.Security;

/// <summary>A production deployment that lost one Twilio setting must not fall back to the simulator and its demo sign-ins.</summary>
public sealed class StartupModeTests
{
    private static readonly Dictionary<string, string?> HalfTwilio = new()
    {
        ["Twilio:AccountSid"] = "AC" + new string('a', 32), ["Twilio:AuthToken"] = "token", ["Twilio:ApiKey"] = "SK" + new string('b', 32),
    };

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Auto_SomeButNotAllTwilioSettingsOutsideDevelopment_FailsNamingWhatIsMissing(string environment)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(HalfTwilio, environment));

        Assert.Contains("Twilio:ApiSecret (TWILIO_API_SECRET)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Twilio:TwimlAppSid (TWILIO_TWIML_APP_SID)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Twilio:AccountSid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_SomeTwilioSettingsInDevelopment_RunsTheSimulator() =>
        Assert.True(Resolve(HalfTwilio, Environments.Development).IsSimulator);

    [Fact]
    public void Auto_NoTwilioSettings_RunsTheSimulatorOnPurpose() =>
        Assert.True(Resolve(new Dictionary<string, string?>(), Environments.Production).IsSimulator);

    [Fact]
    public void SimulatorChosen_WithSomeTwilioSettings_RunsTheSimulator() =>
        Assert.True(Resolve(new Dictionary<string, string?>(HalfTwilio) { ["Voip:Mode"] = "Simulator" }, Environments.Production).IsSimulator);

    [Fact]
    public void TwilioMode_WithoutPublicBaseUrl_FailsNamingTheKey()
    {
        var settings = TwilioModeApp.Settings(new Dictionary<string, string?> { ["Voip:PublicBaseUrl"] = null });

        var error = Assert.Throws<InvalidOperationException>(() => Resolve(settings, Environments.Development));

        Assert.Contains("Voip:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_AutoWithHalfTheTwilioSettingsInProduction_RefusesToStart()
    {
        await using var factory = new VoipAppFactory(settings: HalfTwilio) { Environment = Environments.Production };

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Twilio:TwimlAppSid", StartupFailure.Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_TwilioModeOutsideDevelopment_SeedsNoDemoUsers()
    {
        await using var factory = new VoipAppFactory(settings: TwilioModeApp.Settings());
        await using var scope = factory.Services.CreateAsyncScope();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        Assert.Null(await users.FindByEmailAsync(DemoAccounts.Admin));
    }

    [Fact]
    public void Banner_DemoUsersSeeded_SaysSoAndListsThem()
    {
        var lines = StartupBanner.Lines(["http://localhost:5080"], new TelephonyMode(true, "Voip:Mode is Simulator.", []), demoUsersSeeded: true);

        Assert.Contains(lines, l => l.Contains("Demo users: seeded", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(DemoAccounts.Admin, StringComparison.Ordinal));
    }

    [Fact]
    public void Banner_NoDemoUsers_SaysSoAndListsNone()
    {
        var lines = StartupBanner.Lines(["http://localhost:5080"], new TelephonyMode(false, "Voip:Mode is Twilio.", []), demoUsersSeeded: false);

        Assert.Contains(lines, l => l.Contains("Demo users: not seeded", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(DemoUsers.Password, StringComparison.Ordinal));
    }

    private static TelephonyMode Resolve(IReadOnlyDictionary<string, string?> settings, string environment) =>
        ConfigurationCheck.ResolveOrThrow(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            new HostingEnvironment { EnvironmentName = environment });
}
