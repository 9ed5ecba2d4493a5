using System.Net.Sockets;

namespace Ispecia.Voip.Core.Trunks;

/// <summary>
/// The IP allow-list of a trunk: IPv4 or IPv6 addresses and CIDR blocks, separated by commas, spaces or
/// new lines when typed, stored comma-separated.
/// </summary>
public static class IpAllowList
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\r', '\n'];

    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The entries joined as stored (<c>203.0.113.10, 198.51.100.0/24</c>); null when there are none.</summary>
    public static string? Normalise(string? text)
    {
        var entries = Split(text);
        return entries.Count == 0 ? null : string.Join(", ", entries);
    }

    /// <summary>Checks one entry; on failure <paramref name="error"/> says what is wrong with it and how to write it.</summary>
    public static bool IsValidEntry(string entry, out string error)
    {
        error = "";
        var slash = entry.IndexOf('/');
        if (slash < 0)
        {
            if (IPAddress.TryParse(entry, out var address) && IsWritten(address, entry))
            {
                return true;
            }

            error = $"'{entry}' is not an IP address or CIDR block; write e.g. 203.0.113.10 or 203.0.113.0/24.";
            return false;
        }

        var addressText = entry[..slash];
        var prefixText = entry[(slash + 1)..];
        if (!IPAddress.TryParse(addressText, out var network) || !IsWritten(network, addressText))
        {
            error = $"'{entry}' does not start with an IP address; write e.g. 203.0.113.0/24.";
            return false;
        }

        var maxPrefix = network.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        if (!int.TryParse(prefixText, out var prefix) || prefix < 0 || prefix > maxPrefix || prefixText.Length is 0 or > 3)
        {
            error = $"'{entry}' has an invalid prefix length; after the / write a number from 0 to {maxPrefix}.";
            return false;
        }

        if (!Masked(network, prefix).Equals(network))
        {
            error = $"'{entry}' has bits set after the first {prefix}; did you mean {Masked(network, prefix)}/{prefix}?";
            return false;
        }

        return true;
    }

    /// <summary>
    /// IPAddress.TryParse also reads "10" or "1.2.3" as IPv4 addresses; an allow-list entry must be written in full
    /// (four dotted parts, or an IPv6 address with colons).
    /// </summary>
    private static bool IsWritten(IPAddress address, string text) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? text.Contains(':') : text.Count(c => c == '.') == 3;

    private static IPAddress Masked(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var bit = prefix; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return new IPAddress(bytes);
    }
}
