using System.Security.Cryptography;

namespace Ispecia.Voip.Core.Simulator.Protocol;

/// <summary>SIDs in Twilio's shape: two letters and 32 lowercase hex digits.</summary>
public static class SimulatorSids
{
    public static string New(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Secret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
