using Ispecia.Voip.Core.Webhooks;
using Ispecia.Voip.Web.Setup;

namespace Ispecia.Voip.Tests.Setup;

/// <summary>"Check with Twilio" through the real REST client against the simulator's Twilio API.</summary>
public sealed class TwilioSetupCheckSimulatorTests : IAsyncDisposable
{
    private readonly SimulatorApp app = SimulatorApp.Start();

    [Fact]
    public async Task Run_DemoSetupInTheSimulator_FindsTheAppAndEveryNumberRight()
    {
        var numbers = await app.Factory.Services.GetRequiredService<PhoneNumbersInUse>().ListAsync(TestContext.Current.CancellationToken);
        using var scope = app.Factory.Services.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<TwilioSetupCheck>()
            .RunAsync(new WebhookUrls(app.BaseUrl), numbers, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.App.Count);
        Assert.All(result.App, f => Assert.Equal(Severity.Success, f.Level));
        Assert.Equal(3, result.Numbers.Count);
        Assert.All(result.Numbers.Values, f => Assert.Equal(Severity.Success, f.Level));
        Assert.Contains("its calls go to the TwiML App", result.Numbers["+14155550100"].Message, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
