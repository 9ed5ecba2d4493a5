namespace Ispecia.Voip.Core.Accounts;

/// <summary>
/// The tables of this feature on the app's database context. They are declared here rather than on
/// <see cref="VoipDbContext"/> so that Data names no feature and features depend on Data, never the reverse
/// (docs/architecture.md section 2). Inside a LINQ expression write <c>db.Set&lt;T&gt;()</c> instead: an expression
/// tree cannot hold an extension property (CS9296).
/// </summary>
public static class AccountTables
{
    extension(VoipDbContext db)
    {
        public DbSet<VoipAccount> VoipAccounts => db.Set<VoipAccount>();
    }
}
