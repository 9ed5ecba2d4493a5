using static Ispecia.Voip.Tests.Infrastructure.SoftphoneMachineSteps;
using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Tests.Softphone;

/// <summary>The device around the calls: registration, errors, other tabs, the network, and line changes.</summary>
public sealed class SoftphoneMachineDeviceTests
{
    [Fact]
    public void Initial_BeforeRegistration_IsOfflineAndOnline()
    {
        Assert.Equal(new SoftphoneCallState(SoftphoneState.Offline, Online: true), SoftphoneCallState.Initial);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20104)]
    public void Registered_AfterAnError_IsIdleAndForgetsTheError(int code)
    {
        var failed = Run(SoftphoneCallState.Initial, new Failed(code, "The Twilio Voice SDK did not load."));
        Assert.Equal(SoftphoneState.Error, failed.Phase);

        var state = Run(failed, new Registered());

        Assert.Equal(SoftphoneState.Idle, state.Phase);
        Assert.Null(state.ErrorMessage);
    }

    [Theory]
    [InlineData("connecting")]
    [InlineData("in call")]
    [InlineData("wrap-up")]
    public void Registered_WithACall_ChangesNothing(string phase)
    {
        var state = Named(phase) with { ErrorMessage = "Connection to the phone service was lost" };

        Assert.Equal(state, Run(state, new Registered()));
    }

    [Fact]
    public void Unregistered_Idle_IsOffline()
    {
        Assert.Equal(SoftphoneState.Offline, Run(Idle, new Unregistered()).Phase);
    }

    [Fact]
    public void Unregistered_InCall_KeepsTheCall()
    {
        Assert.Equal(OutgoingInCall, Run(OutgoingInCall, new Unregistered()));
    }

    [Fact]
    public void Unsupported_Browser_IsAnErrorThatSaysWhatToUse()
    {
        var state = Run(SoftphoneCallState.Initial, new Unsupported());

        Assert.True(state.Unsupported);
        Assert.Equal(SoftphoneState.Error, state.Phase);
        Assert.Contains("Use a current Chrome", state.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_Idle_IsAnErrorInPlainWords()
    {
        var state = Run(Idle, new Failed(31208, "Permission denied"));

        Assert.Equal(SoftphoneState.Error, state.Phase);
        Assert.Equal(SoftphoneErrors.Explain(31208, "Permission denied"), state.ErrorMessage);
    }

    [Fact]
    public void Failed_WhileConnecting_DropsTheCall()
    {
        var state = Run(Connecting, new Failed(0, "The softphone is not registered in this tab."));

        Assert.Equal(SoftphoneState.Error, state.Phase);
        Assert.Null(state.Call);
        Assert.Equal("The softphone is not registered in this tab.", state.ErrorMessage);
    }

    [Theory]
    [InlineData("ringing")]
    [InlineData("incoming")]
    [InlineData("in call")]
    [InlineData("wrap-up")]
    public void Failed_CallUnderWay_KeepsTheCallAndShowsTheError(string phase)
    {
        var state = Named(phase);

        var failed = Run(state, new Failed(31005, "Connection error"));

        Assert.Equal(state with { ErrorMessage = SoftphoneErrors.Explain(31005, "Connection error") }, failed);
    }

    [Fact]
    public void ErrorDismissed_AfterAnError_HidesIt()
    {
        Assert.Null(Run(Idle, new Failed(31005, "Connection error"), new ErrorDismissed()).ErrorMessage);
    }

    [Fact]
    public void OtherTabChanged_Back_AndForth_IsFollowed()
    {
        Assert.True(Run(Idle, new OtherTabChanged(true)).OtherTabActive);
        Assert.False(Run(Idle, new OtherTabChanged(true), new OtherTabChanged(false)).OtherTabActive);
    }

    [Fact]
    public void ConnectivityChanged_Offline_IsShownWithoutTouchingTheCall()
    {
        var state = Run(OutgoingInCall, new ConnectivityChanged(false));

        Assert.Equal(OutgoingInCall with { Online = false }, state);
        Assert.True(Run(state, new ConnectivityChanged(true)).Online);
    }

    [Fact]
    public void SessionStopped_OtherTabActive_IsOfflineAndForgetsTheOtherTab()
    {
        var state = Run(Idle, new OtherTabChanged(true), new SessionStopped());

        Assert.Equal(SoftphoneState.Offline, state.Phase);
        Assert.False(state.OtherTabActive);
    }

    [Theory]
    [InlineData("offline")]
    [InlineData("idle")]
    [InlineData("wrap-up")]
    public void LineChanged_NoCallUnderWay_ReloadsTheLineAtOnce(string phase)
    {
        var result = SoftphoneMachine.Apply(Named(phase), new LineChanged());

        Assert.False(result.State.LineChangePending);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.ReloadLine()], result.Effects);
    }

    [Theory]
    [InlineData("connecting")]
    [InlineData("incoming")]
    [InlineData("in call")]
    public void LineChanged_DuringACall_WaitsForItsEnd(string phase)
    {
        var result = SoftphoneMachine.Apply(Named(phase), new LineChanged());

        Assert.True(result.State.LineChangePending);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Ended_LineChangeWaiting_ReloadsTheLineAfterTheCall()
    {
        var waiting = Run(IncomingInCall, new LineChanged());

        var result = SoftphoneMachine.Apply(waiting, new Ended("CA-in-1", null));

        Assert.False(result.State.LineChangePending);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.RefreshRecent(), new SoftphoneEffect.ReloadLine()], result.Effects);
    }

    [Fact]
    public void Ended_MissedWhileLineChangeWaits_ReloadsTheLine()
    {
        var result = SoftphoneMachine.Apply(Run(IncomingRinging, new LineChanged()), new Ended("CA-in-1", SoftphoneMachine.CallerHungUp));

        Assert.Equal(SoftphoneState.Idle, result.State.Phase);
        Assert.Contains(new SoftphoneEffect.ReloadLine(), result.Effects);
    }
}
