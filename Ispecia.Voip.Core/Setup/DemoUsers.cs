using Ispecia.Voip.Core.Accounts;

namespace Ispecia.Voip.Core.Setup;

/// <summary>The demo sign-ins, printed at start-up and in the README. Only ever seeded in simulator mode or Development.</summary>
public static class DemoUsers
{
    public const string Password = "Ispecia!2026";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("admin@ispecia.local", "Alex Admin", Roles.Admin, null, null),
        new("supervisor@ispecia.local", "Sam Supervisor", Roles.Supervisor, null, null),
        new("agent1@ispecia.local", "Avery Agent", Roles.Agent, "agent1", "101"),
        new("agent2@ispecia.local", "Blake Agent", Roles.Agent, "agent2", "102"),
    ];
}

public sealed record DemoUser(string Email, string DisplayName, string Role, string? Identity, string? Extension);
