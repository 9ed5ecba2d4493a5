using System.Security.Cryptography;
using System.Text.Json;
using Ispecia.Voip.Core.Simulator.Protocol;

namespace Ispecia.Voip.Core.Simulator;

/// <summary>
/// The simulated Twilio account: generated once per installation and kept under App_Data/simulator, so restarts
/// keep signed-in devices, stored recordings and webhook signatures valid.
/// </summary>
public sealed record SimulatorCredentials(string AccountSid, string AuthToken, string ApiKey, string ApiSecret, string TwimlAppSid)
{
    public const string FileName = "credentials.json";

    // The auth token signs webhooks and opens the simulated REST API: readable by the app's user only.
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static SimulatorCredentials LoadOrCreate(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path) && JsonSerializer.Deserialize<SimulatorCredentials>(File.ReadAllText(path)) is { AccountSid.Length: 34 } stored)
        {
            // A file written by an older version may be world-readable.
            if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) != OwnerOnly)
            {
                File.SetUnixFileMode(path, OwnerOnly);
            }

            return stored;
        }

        var created = new SimulatorCredentials(
            SimulatorSids.New("AC"), SimulatorSids.Secret(), SimulatorSids.New("SK"), SimulatorSids.Secret(), SimulatorSids.New("AP"));
        Directory.CreateDirectory(folder);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var file = new FileStream(path, options))
        {
            JsonSerializer.Serialize(file, created);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies to new files only; an unreadable leftover is replaced in place.
            File.SetUnixFileMode(path, OwnerOnly);
        }

        return created;
    }

    /// <summary>
    /// True when <paramref name="userAndPassword"/> (Basic auth's <c>user:password</c>) is the account SID and auth
    /// token, or the API key and secret. Compared in constant time over hashes, so neither the position of the first
    /// wrong character nor the secrets' length shows in the response time.
    /// </summary>
    public bool AcceptsBasicAuth(string userAndPassword)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(userAndPassword));
        var account = CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}")));
        var apiKey = CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes($"{ApiKey}:{ApiSecret}")));
        return account | apiKey;
    }
}
