namespace Ispecia.Voip.Tests.Calls.History;

public sealed class CallHistoryCsvTests : HistoryDatabase
{
    private static readonly DateTime T0 = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task WriteCsvAsync_TrickyNotes_QuotedAndFormulasDefused()
    {
        await AddAsync(
            NewCall(T0, c => c.Notes = "Call back, \"urgent\"\nafter 5"),
            NewCall(T0.AddMinutes(1), c => c.Notes = "=HYPERLINK(\"http://evil\")"));
        using var writer = new StringWriter();

        await History.WriteCsvAsync(new CallHistoryFilter(Supervisor), writer, Ct);

        var csv = writer.ToString();
        Assert.StartsWith("Id,Started (UTC),Direction,Result,From,To,Agent,Contact,Lead,Duration (s),Recording,Outcome,Notes\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",2026-11-24T09:01:00Z,Outbound,completed,client:agent1,+12125550147,Avery Agent,,,60,no,,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Call back, \"\"urgent\"\"\nafter 5\"\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteCsvAsync_MoreCallsThanOneBatch_WritesEachOnceNewestFirstWithinTheFilter()
    {
        var calls = Enumerable.Range(0, 1203).Select(i => NewCall(T0.AddSeconds(i / 3), c => c.AgentUserId = i % 2 == 0 ? "u1" : "u2")).ToArray();
        await AddAsync(calls);
        using var writer = new StringWriter();

        await History.WriteCsvAsync(new CallHistoryFilter(Agent1), writer, Ct);

        var ids = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture));
        var expected = calls.Where(c => c.AgentUserId == "u1").OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id).Select(c => c.Id);
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("  =cmd|' /C calc'!A0", "\"'  =cmd|' /C calc'!A0\"")]
    [InlineData("\n@SUM(A1)", "\"'\n@SUM(A1)\"")]
    [InlineData(" -5", "\"' -5\"")]
    [InlineData("\tplain", "\"'\tplain\"")]
    public void Cell_TextASpreadsheetWouldEvaluate_DefusedAndQuoted(string value, string expected) =>
        Assert.Equal(expected, CallHistoryCsv.Cell(value));

    [Theory]
    [InlineData("+14155550100")]
    [InlineData("-5")]
    [InlineData("Call back at 5")]
    [InlineData("a=b")]
    public void Cell_PlainTextAndNumbers_LeftAsTheyAre(string value) =>
        Assert.Equal(value, CallHistoryCsv.Cell(value));
}
