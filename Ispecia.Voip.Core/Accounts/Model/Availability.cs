namespace Ispecia.Voip.Core.Accounts.Model;

public enum Availability
{
    Available,
    DoNotDisturb,
}
