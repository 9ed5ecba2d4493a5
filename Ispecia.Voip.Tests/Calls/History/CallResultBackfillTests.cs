using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ispecia.Voip.Tests.Calls.History;

/// <summary>The migration that stores Calls.Result fills it for existing rows exactly as CallResult.Of names them.</summary>
public sealed class CallResultBackfillTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task StoreCallResultMigration_EveryShapeOfExistingCall_BackfillsTheWordCallResultOfNames(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await ProviderDatabase.CreateAsync(provider);
        await using var db = await database.Db.CreateDbContextAsync(ct);
        var before = db.Database.GetMigrations().Single(m => m.EndsWith("_DropWebhookLog", StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(before, cancellationToken: ct);

        var count = 0;
        var startedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var direction in Enum.GetValues<CallDirection>())
        {
            foreach (var status in Enum.GetValues<CallStatus>())
            {
                foreach (var dial in Enum.GetValues<CallStatus>().Select(s => s.ToString()).Append(null))
                {
                    foreach (var (missed, voicemail) in new[] { (false, false), (true, false), (true, true), (false, true) })
                    {
                        var sid = $"CA{count++:D32}";
                        await db.Database.ExecuteSqlAsync(
                            $"""
                            INSERT INTO "Calls" ("CallSid", "Direction", "Status", "DialStatus", "From", "To", "StartedAt", "DurationSeconds", "LastSequenceNumber", "IsMissed", "HasVoicemail")
                            VALUES ({sid}, {direction.ToString()}, {status.ToString()}, {dial}, '', '', {startedAt}, 0, -1, {missed}, {voicemail})
                            """,
                            ct);
                    }
                }
            }
        }

        await db.Database.MigrateAsync(ct);

        var rows = await db.Calls.AsNoTracking()
            .Select(c => new { c.CallSid, Stored = c.Result, c.Direction, c.Status, c.DialStatus, c.IsMissed, c.HasVoicemail })
            .ToListAsync(ct);
        Assert.Equal(count, rows.Count);
        Assert.All(rows, r => Assert.True(
            CallResult.Word(r.Stored) == CallResult.Of(r.Direction, r.Status, r.DialStatus, r.IsMissed, r.HasVoicemail),
            $"{r.Direction}/{r.Status}/{r.DialStatus}/missed={r.IsMissed}/voicemail={r.HasVoicemail} was backfilled {r.Stored}."));
    }
}
