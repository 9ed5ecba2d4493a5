namespace Ispecia.Voip.Tests.Reports;

/// <summary>Saving a wrap-up stores how long after the call's end it came: the reports' average wrap-up.</summary>
public sealed class WrapUpTimeTests : HistoryDatabase
{
    private static readonly DateTime Ended = new(2026, 11, 24, 9, 5, 0, DateTimeKind.Utc);

    [Fact]
    public async Task SaveWrapUpAsync_FirstSave_StoresSecondsSinceTheEnd_LaterEditsKeepThem()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(Ended.AddSeconds(42)));
        var service = new AgentCallsService(Db, new PhoneNumberService("US"), clock);
        var ids = await AddAsync(NewCall(Ended.AddMinutes(-5), c => c.EndedAt = Ended), NewCall(Ended, c => c.EndedAt = null));

        await service.SaveWrapUpAsync("u1", ids[0], new WrapUpRequest { Notes = "Sent the quote" }, Ct);
        clock.Advance(TimeSpan.FromMinutes(10));
        await service.SaveWrapUpAsync("u1", ids[0], new WrapUpRequest { Notes = "Sent the quote; call back Friday" }, Ct);
        await service.SaveWrapUpAsync("u1", ids[1], new WrapUpRequest { Notes = "Still talking" }, Ct);

        await using var db = await Db.CreateDbContextAsync(Ct);
        var stored = await db.Calls.OrderBy(c => c.Id).Select(c => new { c.WrapUpSeconds, c.Notes }).ToListAsync(Ct);
        Assert.Equal((42, "Sent the quote; call back Friday"), (stored[0].WrapUpSeconds, stored[0].Notes));
        Assert.Null(stored[1].WrapUpSeconds);
    }
}
