using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Tests.Webhooks;

public sealed class StatusCallbackHandlerTests
{
    [Theory]
    [InlineData(CallStatus.Ringing, 0, CallStatus.InProgress, 1, true)]
    [InlineData(CallStatus.InProgress, 1, CallStatus.Ringing, 0, false)]
    [InlineData(CallStatus.InProgress, 1, CallStatus.InProgress, 1, false)]
    [InlineData(CallStatus.Completed, 2, CallStatus.Ringing, 5, false)]
    [InlineData(CallStatus.Completed, 2, CallStatus.InProgress, 3, false)]
    [InlineData(CallStatus.Ringing, 4, CallStatus.Completed, 5, true)]
    [InlineData(CallStatus.Initiated, -1, CallStatus.Queued, 0, true)]
    public void ShouldApply_BySequenceNumber_OnlyNewerAndNeverReopens(CallStatus current, int lastSequence, CallStatus incoming, int sequence, bool expected)
    {
        var call = new Call { Status = current, LastSequenceNumber = lastSequence };

        Assert.Equal(expected, StatusCallbackHandler.ShouldApply(call, incoming, sequence));
    }

    [Theory]
    [InlineData(CallStatus.Ringing, CallStatus.InProgress, true)]
    [InlineData(CallStatus.InProgress, CallStatus.Ringing, false)]
    [InlineData(CallStatus.Completed, CallStatus.Busy, false)]
    [InlineData(CallStatus.InProgress, CallStatus.Completed, true)]
    public void ShouldApply_WithoutSequenceNumber_OnlyForward(CallStatus current, CallStatus incoming, bool expected)
    {
        Assert.Equal(expected, StatusCallbackHandler.ShouldApply(new Call { Status = current }, incoming, sequence: null));
    }

    [Theory]
    [InlineData("in-progress", CallStatus.InProgress)]
    [InlineData("no-answer", CallStatus.NoAnswer)]
    [InlineData("CANCELED", CallStatus.Canceled)]
    public void TryParse_TwilioWords_MapToStatuses(string word, CallStatus expected)
    {
        Assert.True(TwilioCallStatus.TryParse(word, out var status));
        Assert.Equal(expected, status);
        Assert.Equal(word.ToLowerInvariant(), TwilioCallStatus.ToWord(status));
    }
}
