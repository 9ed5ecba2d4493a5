namespace Ispecia.Voip.Tests.Calls.History;

public sealed class CallResultFilterTests : HistoryDatabase
{
    [Fact]
    public async Task Predicate_EveryShapeOfCall_SelectsExactlyTheCallsCallResultOfNames()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var calls = new List<Call>();
        foreach (var direction in Enum.GetValues<CallDirection>())
        {
            foreach (var status in Enum.GetValues<CallStatus>())
            {
                foreach (var dial in Enum.GetValues<CallStatus>().Select(s => (CallStatus?)s).Append(null))
                {
                    foreach (var (missed, voicemail) in new[] { (false, false), (true, false), (true, true), (false, true) })
                    {
                        calls.Add(NewCall(start.AddSeconds(calls.Count), c =>
                        {
                            (c.Direction, c.Status, c.DialStatus, c.IsMissed, c.HasVoicemail) = (direction, status, dial, missed, voicemail);
                        }));
                    }
                }
            }
        }

        await AddAsync([.. calls]);

        foreach (var word in CallResultFilter.Words)
        {
            var expected = calls.Where(c => CallResult.Of(c) == word).Select(c => c.Id).Order();
            var selected = (await AllPagesAsync(new CallHistoryFilter(Supervisor) { Result = word }, 100)).Select(i => i.Id).Order();
            Assert.True(expected.SequenceEqual(selected), $"'{word}' selects different calls than CallResult.Of names.");
        }

        Assert.Equal(calls.Select(CallResult.Of).Distinct().Order(), CallResultFilter.Words.Order());
    }

    [Theory]
    [InlineData("Busy", CallResult.Busy)]
    [InlineData(" no-answer ", CallResult.NoAnswer)]
    [InlineData("noanswer", null)]
    [InlineData("", null)]
    public void Normalize_Word_SpelledAsTheListSpellsIt(string word, string? expected) =>
        Assert.Equal(expected, CallResultFilter.Normalize(word));

    [Fact]
    public void Predicate_UnknownWord_ThrowsNamingTheWords()
    {
        var error = Assert.Throws<ArgumentException>(() => CallResultFilter.Predicate("lost"));

        Assert.Contains("no-answer", error.Message, StringComparison.Ordinal);
    }
}
