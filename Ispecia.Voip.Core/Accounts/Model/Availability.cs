namespace Ispecia.Voip.Core.Accounts.Model;

/// <summary>What the agent chose in the softphone; the presence they show also depends on their calls and their page.</summary>
public enum Availability
{
    Available,
    DoNotDisturb,
    Away,
}
