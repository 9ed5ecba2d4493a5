namespace Ispecia.Voip.Core.Audit;

/// <summary>The signed-in person making a change, as the audit trail names them.</summary>
/// <param name="UserId">The user's id; null for changes made by the app itself.</param>
/// <param name="UserName">The email or name shown in the audit trail.</param>
public sealed record AuditActor(string? UserId, string UserName);
