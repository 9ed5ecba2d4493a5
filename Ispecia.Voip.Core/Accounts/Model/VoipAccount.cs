namespace Ispecia.Voip.Core.Accounts.Model;

/// <summary>A user's softphone line: the Twilio client identity, an internal extension and a caller ID.</summary>
public class VoipAccount
{
    public const int IdentityMaxLength = 64;
    public const int ExtensionMaxLength = 6;
    public const int CallerIdMaxLength = 20;

    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public AppUser? User { get; set; }

    /// <summary>Twilio client identity: letters, digits, '_', '-' and '.', unique.</summary>
    public string Identity { get; set; } = "";

    public string? Extension { get; set; }

    /// <summary>E.164 number shown to the called party; null falls back to the team, then Twilio:CallerId.</summary>
    public string? CallerId { get; set; }

    public bool IsActive { get; set; } = true;

    public Availability Availability { get; set; } = Availability.Available;
}
