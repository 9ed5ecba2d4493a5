using System.Runtime.Versioning;

namespace Ispecia.Voip.Tests.Simulator;

public sealed class SimulatorCredentialsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ispecia-voip-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void LoadOrCreate_NewInstallation_WritesTheFileReadableByItsOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only.");

        SimulatorCredentials.LoadOrCreate(folder);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, SimulatorCredentials.FileName)));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void LoadOrCreate_WorldReadableFileFromAnOlderVersion_TightensItAndKeepsTheCredentials()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only.");
        var created = SimulatorCredentials.LoadOrCreate(folder);
        var path = Path.Combine(folder, SimulatorCredentials.FileName);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var loaded = SimulatorCredentials.LoadOrCreate(folder);

        Assert.Equal(created, loaded);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void AcceptsBasicAuth_AccountOrApiKeyPairs_AcceptedAndAnythingElseRefused()
    {
        var credentials = new SimulatorCredentials("AC" + new string('1', 32), "token", "SK" + new string('2', 32), "secret", "AP" + new string('3', 32));

        Assert.True(credentials.AcceptsBasicAuth($"{credentials.AccountSid}:token"));
        Assert.True(credentials.AcceptsBasicAuth($"{credentials.ApiKey}:secret"));
        Assert.False(credentials.AcceptsBasicAuth($"{credentials.AccountSid}:secret"));
        Assert.False(credentials.AcceptsBasicAuth($"{credentials.AccountSid}:toke"));
        Assert.False(credentials.AcceptsBasicAuth(""));
    }
}
