namespace Ispecia.Voip.Core.Audit;

/// <summary>An audit entry as the read-only grid shows it.</summary>
public sealed record AuditRow(
    long Id,
    DateTime At,
    string UserName,
    string Entity,
    string EntityId,
    string Action,
    string Summary,
    IReadOnlyList<AuditFieldChange> Changes);

/// <summary>One changed field: its value before and after (null when absent).</summary>
public sealed record AuditFieldChange(string Field, string? From, string? To);
