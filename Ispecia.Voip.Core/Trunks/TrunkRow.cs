namespace Ispecia.Voip.Core.Trunks;

/// <summary>A trunk as the admin grid shows it: whether a password is stored, never the password.</summary>
public sealed record TrunkRow(
    int Id,
    string Name,
    TrunkProvider Provider,
    string Host,
    int Port,
    SipTransport Transport,
    TrunkAuthMethod AuthMethod,
    string? Username,
    bool HasPassword,
    string? AllowedIps,
    int Priority,
    bool IsActive)
{
    /// <summary>host:port/transport, e.g. <c>sip.example.com:5061/TLS</c>.</summary>
    public string Address => $"{Host}:{Port}/{Transport.ToString().ToUpperInvariant()}";

    /// <summary>How the trunk authenticates, in words.</summary>
    public string AuthDescription => Provider == TrunkProvider.Twilio
        ? "Twilio account"
        : AuthMethod == TrunkAuthMethod.Credentials ? "Credentials" : "IP allow-list";
}
