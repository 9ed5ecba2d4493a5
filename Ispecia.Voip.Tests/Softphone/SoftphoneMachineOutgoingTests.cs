using static Ispecia.Voip.Tests.Infrastructure.SoftphoneMachineSteps;
using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Tests.Softphone;

/// <summary>A call the agent places: dialled, ringing, answered, ended, wrapped up.</summary>
public sealed class SoftphoneMachineOutgoingTests
{
    [Fact]
    public void Dial_Idle_ConnectsAndOpensThePanel()
    {
        var result = SoftphoneMachine.Apply(Idle with { ErrorMessage = "old" }, OutgoingDial());

        Assert.Equal(SoftphoneState.Connecting, result.State.Phase);
        Assert.Null(result.State.ErrorMessage);
        Assert.Equal(new ActiveCall { Peer = "(212) 555-0147", PeerNumber = "+12125550147", ContactId = 7 }, result.State.Call);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.OpenPanel(), new SoftphoneEffect.Connect("+12125550147", 7, null)], result.Effects);
    }

    [Fact]
    public void Dial_SessionNotStarted_SaysItIsStartingAndPlacesNoCall()
    {
        var result = SoftphoneMachine.Apply(Idle, OutgoingDial(sessionStarted: false));

        Assert.Equal(SoftphoneMachine.StartingMessage, result.State.ErrorMessage);
        Assert.Equal(SoftphoneState.Idle, result.State.Phase);
        Assert.Null(result.State.Call);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Dial_OtherTabHoldsTheDevice_PointsToUseHere()
    {
        var result = SoftphoneMachine.Apply(Run(Idle, new OtherTabChanged(true)), OutgoingDial());

        Assert.Equal(SoftphoneMachine.OtherTabMessage, result.State.ErrorMessage);
        Assert.Null(result.State.Call);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void DialInvalid_Idle_ShowsWhyAndChangesNothingElse()
    {
        var result = SoftphoneMachine.Apply(Idle, new DialInvalid("The number is too short."));

        Assert.Equal(Idle with { ErrorMessage = "The number is too short." }, result.State);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Placed_Connecting_RemembersTheCallSid()
    {
        var state = Run(Connecting, new Placed("CA-out-1"));

        Assert.Equal("CA-out-1", state.Call!.CallSid);
        Assert.Equal(SoftphoneState.Connecting, state.Phase);
    }

    [Fact]
    public void Placed_WithoutCallSid_KeepsTheOneKnown()
    {
        var state = Run(OutgoingRinging, new Placed(null));

        Assert.Equal("CA-out-1", state.Call!.CallSid);
    }

    [Fact]
    public void Ringing_Connecting_IsRingingWithTheCallSid()
    {
        var state = Run(Connecting, new Ringing("CA-out-1"));

        Assert.Equal(SoftphoneState.Ringing, state.Phase);
        Assert.Equal("CA-out-1", state.Call!.CallSid);
    }

    [Theory]
    [InlineData("idle")]
    [InlineData("incoming")]
    [InlineData("in call")]
    [InlineData("wrap-up")]
    public void Ringing_NotPlacingACall_IsIgnored(string phase)
    {
        var state = Named(phase);

        var result = SoftphoneMachine.Apply(state, new Ringing("CA-other"));

        Assert.Equal(state, result.State);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Accepted_Ringing_IsInCallFromThatMoment()
    {
        var result = SoftphoneMachine.Apply(OutgoingRinging, new Accepted("CA-out-1", AnsweredAt));

        Assert.Equal(SoftphoneState.InCall, result.State.Phase);
        Assert.Equal(AnsweredAt, result.State.Call!.AnsweredAt);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Accepted_StraightFromConnecting_IsInCallWithTheSdksCallSid()
    {
        var state = Run(Connecting, new Accepted("CA-out-9", AnsweredAt));

        Assert.Equal(SoftphoneState.InCall, state.Phase);
        Assert.Equal("CA-out-9", state.Call!.CallSid);
    }

    [Fact]
    public void Accepted_AlreadyInCall_KeepsTheFirstAnswerTime()
    {
        var state = Run(OutgoingInCall, new Accepted("CA-out-1", AnsweredAt.AddMinutes(5)));

        Assert.Equal(AnsweredAt, state.Call!.AnsweredAt);
    }

    [Fact]
    public void Accepted_NoCall_IsIgnored()
    {
        var result = SoftphoneMachine.Apply(Idle, new Accepted("CA-x", AnsweredAt));

        Assert.Equal(Idle, result.State);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Ended_InCall_GoesToWrapUpAndLooksTheCallUp()
    {
        var result = SoftphoneMachine.Apply(OutgoingInCall, new Ended("CA-out-1", null));

        Assert.Equal(SoftphoneState.Ended, result.State.Phase);
        Assert.Null(result.State.Call!.EndReason);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.FindCallId("CA-out-1"), new SoftphoneEffect.RefreshRecent()], result.Effects);
    }

    [Fact]
    public void Ended_NeverAnswered_GoesToWrapUpWithTheReason()
    {
        var state = Run(OutgoingRinging, new Ended("CA-out-1", SoftphoneMachine.CallRejected));

        Assert.Equal(SoftphoneState.Ended, state.Phase);
        Assert.Equal("Call rejected.", state.Call!.EndReason);
    }

    [Fact]
    public void Ended_CallIdKnown_DoesNotLookItUp()
    {
        var inCall = Run(OutgoingInCall, new CallUpdated("CA-out-1", 5));

        var result = SoftphoneMachine.Apply(inCall, new Ended("CA-out-1", null));

        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.RefreshRecent()], result.Effects);
    }

    [Fact]
    public void Ended_NoCallOrAlreadyEnded_IsIgnored()
    {
        Assert.Empty(SoftphoneMachine.Apply(Idle, new Ended("CA-x", null)).Effects);
        var again = SoftphoneMachine.Apply(WrapUp, new Ended("CA-out-1", SoftphoneMachine.CallerHungUp));
        Assert.Equal(WrapUp, again.State);
        Assert.Empty(again.Effects);
    }

    [Fact]
    public void CallIdFound_WrapUp_TheWrapUpCanBeSaved()
    {
        var state = Run(WrapUp, new CallIdFound("CA-out-1", 12));

        Assert.Equal(12, state.Call!.CallId);
    }

    [Fact]
    public void CallIdFound_NotFoundOrAnotherCall_ChangesNothing()
    {
        Assert.Equal(WrapUp, Run(WrapUp, new CallIdFound("CA-out-1", null)));
        Assert.Equal(WrapUp, Run(WrapUp, new CallIdFound("CA-other", 12)));
    }

    [Fact]
    public void WrapUpClosed_WrapUp_IsIdleWithoutACall()
    {
        var state = Run(WrapUp, new WrapUpClosed());

        Assert.Equal(SoftphoneState.Idle, state.Phase);
        Assert.Null(state.Call);
    }

    [Fact]
    public void WrapUpClosed_CallRingingMeanwhile_KeepsTheCall()
    {
        var ringing = Run(WrapUp, IncomingCall());

        Assert.Equal(ringing, Run(ringing, new WrapUpClosed()));
    }

    [Fact]
    public void DigitPressed_InCall_RecordsAndSendsIt()
    {
        var result = SoftphoneMachine.Apply(Run(OutgoingInCall, new DigitPressed("5")), new DigitPressed("#"));

        Assert.Equal("5#", result.State.Call!.DigitsSent);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.SendDigits("#")], result.Effects);
    }

    [Fact]
    public void DigitPressed_NoCall_SendsNothing()
    {
        Assert.Empty(SoftphoneMachine.Apply(Idle, new DigitPressed("5")).Effects);
    }

    [Fact]
    public void MuteChanged_InCall_FollowsTheSdk()
    {
        Assert.True(Run(OutgoingInCall, new MuteChanged(true)).Call!.Muted);
        Assert.False(Run(OutgoingInCall, new MuteChanged(true), new MuteChanged(false)).Call!.Muted);
        Assert.Equal(Idle, Run(Idle, new MuteChanged(true)));
    }

    [Fact]
    public void Connect_ContactAndLead_AreCallParametersForTheWebhook()
    {
        var parameters = new SoftphoneEffect.Connect("+12125550147", 7, 9).Parameters();

        Assert.Equal(new Dictionary<string, string> { ["To"] = "+12125550147", ["contactId"] = "7", ["leadId"] = "9" }, parameters);
        Assert.Equal(["To"], new SoftphoneEffect.Connect("107", null, null).Parameters().Keys);
    }
}
