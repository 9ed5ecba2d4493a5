using System.Text.Json;

namespace Ispecia.Voip.Core.Simulator;

/// <summary>
/// The simulated Twilio account: generated once per installation and kept under App_Data/simulator, so restarts
/// keep signed-in devices, stored recordings and webhook signatures valid.
/// </summary>
public sealed record SimulatorCredentials(string AccountSid, string AuthToken, string ApiKey, string ApiSecret, string TwimlAppSid)
{
    public static SimulatorCredentials LoadOrCreate(string folder)
    {
        var path = Path.Combine(folder, "credentials.json");
        if (File.Exists(path) && JsonSerializer.Deserialize<SimulatorCredentials>(File.ReadAllText(path)) is { AccountSid.Length: 34 } stored)
        {
            return stored;
        }

        var created = new SimulatorCredentials(
            SimulatorSids.New("AC"), SimulatorSids.Secret(), SimulatorSids.New("SK"), SimulatorSids.Secret(), SimulatorSids.New("AP"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, JsonSerializer.Serialize(created));
        return created;
    }
}
