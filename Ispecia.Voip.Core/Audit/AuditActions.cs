namespace Ispecia.Voip.Core.Audit;

/// <summary>The verbs of the audit trail.</summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
    public const string Enabled = "Enabled";
    public const string Disabled = "Disabled";
    public const string Moved = "Moved";
    public const string PasswordReset = "PasswordReset";
}
