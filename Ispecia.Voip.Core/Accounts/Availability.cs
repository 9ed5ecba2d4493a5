namespace Ispecia.Voip.Core.Accounts;

public enum Availability
{
    Available,
    DoNotDisturb,
}
