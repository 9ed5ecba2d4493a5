namespace Ispecia.Voip.Tests.CallControl;

/// <summary>Each test gets its own running app in simulator mode, and a driver for its call controls.</summary>
public abstract class CallControlAppTests : IAsyncLifetime
{
    protected SimulatorApp App { get; private set; } = null!;

    protected CallControlDriver Driver { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        App = SimulatorApp.Start();
        Driver = new CallControlDriver(App);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
