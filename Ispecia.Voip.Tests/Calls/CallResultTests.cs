namespace Ispecia.Voip.Tests.Calls;

public sealed class CallResultTests
{
    [Theory]
    [InlineData(CallDirection.Outbound, CallStatus.Completed, CallStatus.Busy, false, false, CallResult.Busy)]
    [InlineData(CallDirection.Outbound, CallStatus.Completed, CallStatus.NoAnswer, false, false, CallResult.NoAnswer)]
    [InlineData(CallDirection.Outbound, CallStatus.Completed, CallStatus.Completed, false, false, CallResult.Completed)]
    [InlineData(CallDirection.Outbound, CallStatus.Failed, null, false, false, CallResult.Failed)]
    [InlineData(CallDirection.Outbound, CallStatus.InProgress, null, false, false, CallResult.InProgress)]
    [InlineData(CallDirection.Inbound, CallStatus.Completed, CallStatus.NoAnswer, true, false, CallResult.Missed)]
    [InlineData(CallDirection.Inbound, CallStatus.Completed, CallStatus.NoAnswer, true, true, CallResult.Voicemail)]
    [InlineData(CallDirection.Inbound, CallStatus.Completed, CallStatus.Completed, false, false, CallResult.Completed)]
    [InlineData(CallDirection.Inbound, CallStatus.Ringing, null, false, false, CallResult.Ringing)]
    public void Of_StatusAndDialOutcome_GivesTheWordListsShow(
        CallDirection direction, CallStatus status, CallStatus? dialStatus, bool missed, bool voicemail, string expected)
    {
        Assert.Equal(expected, CallResult.Of(direction, status, dialStatus, missed, voicemail));
    }
}
