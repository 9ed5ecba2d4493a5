namespace Ispecia.Voip.Core.Trunks;

/// <summary>A way out to the phone network: Twilio's own, or a generic SIP trunk dialled with &lt;Sip&gt;.</summary>
public class Trunk
{
    public const int NameMaxLength = 80;
    public const int HostMaxLength = 253;
    public const int UsernameMaxLength = 100;
    public const int PasswordMaxLength = 200;
    public const int AllowedIpsMaxLength = 2000;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public TrunkProvider Provider { get; set; } = TrunkProvider.Twilio;

    public string Host { get; set; } = "";

    public int Port { get; set; } = 5060;

    public SipTransport Transport { get; set; } = SipTransport.Udp;

    public TrunkAuthMethod AuthMethod { get; set; } = TrunkAuthMethod.Credentials;

    public string? Username { get; set; }

    /// <summary>Encrypted with ASP.NET Core Data Protection; never sent to a browser.</summary>
    public string? PasswordProtected { get; set; }

    /// <summary>Comma-separated IPs or CIDR blocks allowed to send calls, for IP allow-list auth.</summary>
    public string? AllowedIps { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>1 is tried first.</summary>
    public int Priority { get; set; } = 1;
}
