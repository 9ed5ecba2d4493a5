namespace Ispecia.Voip.Core.Accounts;

/// <summary>What became of an account change that may be refused (deactivating yourself, a user who is gone).</summary>
public sealed record AccountChangeResult(bool Succeeded, string Message)
{
    public static AccountChangeResult Done(string message) => new(true, message);

    public static AccountChangeResult Refused(string message) => new(false, message);

    public static AccountChangeResult UserGone() => new(false, "This user no longer exists.");
}
