namespace Ispecia.Voip.Tests.Infrastructure;

public static class DemoAccounts
{
    public const string Admin = "admin@ispecia.local";
    public const string Supervisor = "supervisor@ispecia.local";
    public const string Agent1 = "agent1@ispecia.local";
    public const string Agent2 = "agent2@ispecia.local";
}
