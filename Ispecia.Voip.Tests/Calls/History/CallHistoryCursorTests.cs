namespace Ispecia.Voip.Tests.Calls.History;

public sealed class CallHistoryCursorTests
{
    [Fact]
    public void TryParse_EncodedCursor_RoundTripsToTheTick()
    {
        var cursor = new CallHistoryCursor(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc).AddTicks(1234567), 42);

        Assert.True(CallHistoryCursor.TryParse(cursor.Encode(), out var parsed));
        Assert.Equal(cursor, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.StartedAt.Kind);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("MTIzNDU")]
    [InlineData("LTE6NDI")]
    [InlineData("MTI6MA")]
    [InlineData("OTk5OTk5OTk5OTk5OTk5OTk5OTk6MQ")]
    [InlineData("====")]
    [InlineData("")]
    public void TryParse_Garbage_ReturnsFalse(string value) =>
        Assert.False(CallHistoryCursor.TryParse(value, out _));

    [Fact]
    public void TryParse_TooLong_ReturnsFalse() =>
        Assert.False(CallHistoryCursor.TryParse(new string('A', 500), out _));
}
