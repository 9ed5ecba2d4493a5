namespace Ispecia.Voip.Core.Accounts.Model;

/// <summary>A person who signs in: agent, supervisor or admin.</summary>
public class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>Deactivated users cannot sign in; their calls stay in history.</summary>
    public bool IsActive { get; set; } = true;

    public VoipAccount? VoipAccount { get; set; }
}
