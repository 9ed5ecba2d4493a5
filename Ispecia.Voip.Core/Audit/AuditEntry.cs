namespace Ispecia.Voip.Core.Audit;

/// <summary>Who changed which setting, when, and how (secrets redacted).</summary>
public class AuditEntry
{
    public const int EntityMaxLength = 40;
    public const int ActionMaxLength = 20;
    public const int SummaryMaxLength = 300;
    public const int ChangesMaxLength = 8000;

    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public string Entity { get; set; } = "";

    public string EntityId { get; set; } = "";

    public string Action { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>JSON of changed fields: { "Field": { "from": ..., "to": ... } }.</summary>
    public string? Changes { get; set; }
}
