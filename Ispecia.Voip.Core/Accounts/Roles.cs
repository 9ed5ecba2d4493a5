namespace Ispecia.Voip.Core.Accounts;

/// <summary>The three roles of docs/architecture.md section 9.</summary>
public static class Roles
{
    public const string Agent = "Agent";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Agent, Supervisor, Admin];
}
