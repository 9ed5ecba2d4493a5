namespace Ispecia.Voip.Core.Audit;

/// <summary>
/// One change to record: which entity, what happened, a sentence for the grid, and the entity's fields
/// before and after. Snapshots hold display values only; secrets appear as <see cref="AuditLog.Redacted"/>.
/// </summary>
/// <param name="Before">Fields before the change; empty for a creation.</param>
/// <param name="After">Fields after the change; empty for a deletion.</param>
public sealed record AuditChange(
    string Entity,
    string EntityId,
    string Action,
    string Summary,
    IReadOnlyDictionary<string, string?> Before,
    IReadOnlyDictionary<string, string?> After);
