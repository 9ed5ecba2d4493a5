namespace Ispecia.Voip.Tests.Simulator;

public sealed class SimulatorOptionsTests : IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "ispecia-voip-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void PhoneNumbers_ConfiguredLikeTheRootAppsettings_AreEachNumberOnce()
    {
        var numbers = Bind(new()
        {
            ["Simulator:PhoneNumbers:0"] = "+14155550100", ["Simulator:PhoneNumbers:1"] = "+14155550101", ["Simulator:PhoneNumbers:2"] = "+14155550102",
        });

        Assert.Equal(["+14155550100", "+14155550101", "+14155550102"], numbers);
    }

    [Fact]
    public void PhoneNumbers_NoneConfigured_AreTheSeededDids()
    {
        Assert.Equal(SimulatorOptions.DefaultPhoneNumbers, Bind([]));
    }

    [Fact]
    public void PhoneNumbers_RepeatedOrBlank_KeepEachNumberOnceTrimmed()
    {
        var numbers = Bind(new()
        {
            ["Simulator:PhoneNumbers:0"] = " +14155550150 ", ["Simulator:PhoneNumbers:1"] = "", ["Simulator:PhoneNumbers:2"] = "+14155550150",
        });

        Assert.Equal(["+14155550150"], numbers);
    }

    public void Dispose()
    {
        if (Directory.Exists(contentRoot))
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    private List<string> Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection()
            .AddVoipSimulator(configuration, new TelephonyMode(true, "test", []), contentRoot)
            .BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SimulatorOptions>>().Value.PhoneNumbers;
    }
}
