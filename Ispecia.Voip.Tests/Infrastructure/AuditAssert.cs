namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>Checks on the audit trail of an <see cref="AdminApp"/>: in the database, then on the audit page.</summary>
internal static class AuditAssert
{
    /// <summary>
    /// The entries written after <paramref name="afterId"/> are exactly <paramref name="expected"/> (entity, entity id,
    /// action, in order), each naming the demo admin (user id and email) and stamped between <paramref name="since"/> and now.
    /// </summary>
    public static async Task<List<AuditEntry>> ByAdminAsync(AdminApp app, long afterId, DateTime since, params (string Entity, string EntityId, string Action)[] expected)
    {
        var entries = await app.AuditAfterAsync(afterId);
        Assert.Equal(expected, entries.Select(e => (e.Entity, e.EntityId, e.Action)));
        var now = DateTime.UtcNow;
        Assert.All(entries, e =>
        {
            Assert.Equal((app.Admin.UserId, DemoAccounts.Admin), (e.UserId, e.UserName));
            Assert.Equal(DateTimeKind.Utc, e.At.Kind);
            Assert.InRange(e.At, since.AddSeconds(-1), now.AddSeconds(1));
        });
        return entries;
    }

    /// <summary>
    /// The audit page shows every entry, newest first, with its UTC time, who, what and summary; returns the rows by entry id
    /// for checks on the changed fields they show.
    /// </summary>
    public static async Task<Dictionary<long, AuditPageRow>> ShownAsync(AdminApp app, IReadOnlyList<AuditEntry> entries)
    {
        var rows = await app.AuditPageAsync();
        var ids = entries.Select(e => e.Id).ToHashSet();
        Assert.Equal(entries.Select(e => e.Id).Reverse(), rows.Where(r => ids.Contains(r.Id)).Select(r => r.Id));
        var byId = rows.ToDictionary(r => r.Id);
        Assert.All(entries, e => Assert.Equal(
            (e.At.ToString("u"), DemoAccounts.Admin, e.Entity, e.Action, e.Summary),
            (byId[e.Id].At, byId[e.Id].Who, byId[e.Id].Entity, byId[e.Id].Action, byId[e.Id].Summary)));
        return byId;
    }

    public static IReadOnlyList<AuditFieldChange> Changes(AuditEntry entry) => AuditLog.ReadChanges(entry.Changes);

    /// <summary>A name no other test uses, short enough for every name column.</summary>
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
