using System.Text.Json;

namespace Ispecia.Voip.Core.Audit;

/// <summary>
/// The trail of settings changes (trunks, routes, accounts, teams): written in the same transaction as the
/// change it describes, read newest first by the audit page.
/// </summary>
public sealed class AuditLog(IDbContextFactory<VoipDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>What the trail shows instead of a secret (a password, its ciphertext).</summary>
    public const string Redacted = "[redacted]";

    private const int MaxValueLength = 200;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Saves the pending changes of <paramref name="db"/>, then the entries <paramref name="describe"/> gives
    /// (called after the first save, so new rows have their ids), in one transaction: both or neither.
    /// </summary>
    public async Task SaveAsync(VoipDbContext db, AuditActor actor, Func<IEnumerable<AuditChange>> describe, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var change in describe())
        {
            Add(db, actor, change);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Adds an entry to <paramref name="db"/> for a caller that saves and commits itself.</summary>
    public void Add(VoipDbContext db, AuditActor actor, AuditChange change) => db.AuditEntries.Add(new AuditEntry
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserId = actor.UserId,
        UserName = Truncate(actor.UserName, 256),
        Entity = Truncate(change.Entity, AuditEntry.EntityMaxLength),
        EntityId = Truncate(change.EntityId, 64),
        Action = Truncate(change.Action, AuditEntry.ActionMaxLength),
        Summary = Truncate(change.Summary, AuditEntry.SummaryMaxLength),
        Changes = Diff(change.Before, change.After),
    });

    /// <summary>A page of entries, newest first.</summary>
    public async Task<PagedResult<AuditRow>> PageAsync(int page, int pageSize, CancellationToken ct = default)
    {
        var query = new PageQuery(Page: page, PageSize: pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = await db.AuditEntries.CountAsync(ct);
        var entries = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(query.Skip).Take(query.Take)
            .ToListAsync(ct);
        var rows = entries
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.Entity, a.EntityId, a.Action, a.Summary, ReadChanges(a.Changes)))
            .ToList();
        return new PagedResult<AuditRow>(rows, total);
    }

    /// <summary>
    /// JSON of the fields whose value differs: <c>{ "Field": { "from": ..., "to": ... } }</c>, in the order the
    /// snapshots list them; null when nothing changed.
    /// </summary>
    public static string? Diff(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after)
    {
        var changes = new Dictionary<string, FieldValues>();
        foreach (var field in before.Keys.Concat(after.Keys).Distinct())
        {
            var from = before.GetValueOrDefault(field);
            var to = after.GetValueOrDefault(field);
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                changes[field] = new FieldValues(Shorten(from), Shorten(to));
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(changes, JsonOptions);
        return json.Length <= AuditEntry.ChangesMaxLength ? json : Truncate(json, AuditEntry.ChangesMaxLength);
    }

    /// <summary>Reads <see cref="AuditEntry.Changes"/> back into fields; unreadable JSON yields no fields, not an error.</summary>
    public static IReadOnlyList<AuditFieldChange> ReadChanges(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, FieldValues>>(json, JsonOptions) ?? [];
            return fields.Select(f => new AuditFieldChange(f.Key, f.Value.From, f.Value.To)).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Shorten(string? value) =>
        value is null || value.Length <= MaxValueLength ? value : value[..(MaxValueLength - 1)] + "…";

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";

    private sealed record FieldValues(string? From, string? To);
}
