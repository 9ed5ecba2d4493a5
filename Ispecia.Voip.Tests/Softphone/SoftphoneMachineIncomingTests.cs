using static Ispecia.Voip.Tests.Infrastructure.SoftphoneMachineSteps;
using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Tests.Softphone;

/// <summary>A call that rings on the agent's softphone: accepted, rejected or missed; and what the hub says about it.</summary>
public sealed class SoftphoneMachineIncomingTests
{
    [Fact]
    public void IncomingRang_Idle_RingsAndOpensThePanel()
    {
        var result = SoftphoneMachine.Apply(Idle, IncomingCall(callId: 42));

        Assert.Equal(SoftphoneState.Incoming, result.State.Phase);
        var call = result.State.Call!;
        Assert.True(call.Incoming);
        Assert.Equal(("CA-in-1", 42, "(212) 555-0100", "+12125550100"), (call.CallSid, call.CallId, call.Peer, call.PeerNumber));
        Assert.Equal("Direct line · (415) 555-0101", call.Line);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.OpenPanel()], result.Effects);
    }

    [Fact]
    public void IncomingRang_CallerNameKnown_ShowsTheName()
    {
        Assert.Equal("Olivia Johnson", Run(Idle, IncomingCall(callerName: "Olivia Johnson")).Call!.Peer);
    }

    [Theory]
    [InlineData("ringing")]
    [InlineData("in call")]
    public void IncomingRang_WhileInACall_KeepsTheCall(string phase)
    {
        // The browser rejects a second call itself; should one be reported anyway, the call in progress stays.
        var state = Named(phase);

        var result = SoftphoneMachine.Apply(state, IncomingCall(callId: 77, callSid: "CA-in-2"));

        Assert.Equal(state, result.State);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void IncomingRang_DuringWrapUp_RingsInsteadOfTheWrapUp()
    {
        var state = Run(WrapUp, IncomingCall(callId: 77, callSid: "CA-in-2"));

        Assert.Equal(SoftphoneState.Incoming, state.Phase);
        Assert.Equal("CA-in-2", state.Call!.CallSid);
    }

    [Fact]
    public void IncomingRang_SameCallRingsAgain_KeepsWhatTheHubSaid()
    {
        var identified = Run(IncomingRinging, new CallerIdentified(42, "Olivia Johnson", "Acme", 3, 4));

        var call = Run(identified, IncomingCall(callId: 42, callSid: "CA-in-5")).Call!;

        Assert.Equal(("CA-in-5", "Olivia Johnson", "Acme", 3, 4), (call.CallSid, call.Peer, call.Company, call.ContactId, call.LeadId));
    }

    [Fact]
    public void IncomingRang_OtherCallWhileRinging_ReplacesIt()
    {
        var identified = Run(IncomingRinging, new CallerIdentified(42, "Olivia Johnson", "Acme", 3, 4));

        var call = Run(identified, IncomingCall(callId: 43, callSid: "CA-in-6")).Call!;

        Assert.Equal(("CA-in-6", 43, "(212) 555-0100", null), (call.CallSid, call.CallId, call.Peer, call.Company));
    }

    [Fact]
    public void Accepted_TeamCall_IsInCallAndClaimedForTheAgent()
    {
        var result = SoftphoneMachine.Apply(IncomingRinging, new Accepted("CA-in-1", AnsweredAt));

        Assert.Equal(SoftphoneState.InCall, result.State.Phase);
        Assert.Equal(AnsweredAt, result.State.Call!.AnsweredAt);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.ClaimCall(42)], result.Effects);
    }

    [Fact]
    public void Accepted_CallIdUnknown_ClaimsNothing()
    {
        var result = SoftphoneMachine.Apply(Run(Idle, IncomingCall(callId: null)), new Accepted("CA-in-1", AnsweredAt));

        Assert.Equal(SoftphoneState.InCall, result.State.Phase);
        Assert.Empty(result.Effects);
    }

    [Theory]
    [InlineData(SoftphoneMachine.CallRejected)]
    [InlineData(SoftphoneMachine.CallerHungUp)]
    public void Ended_BeforeAnswer_IsIdleAgainWithNoWrapUp(string reason)
    {
        var result = SoftphoneMachine.Apply(IncomingRinging, new Ended("CA-in-1", reason));

        Assert.Equal(SoftphoneState.Idle, result.State.Phase);
        Assert.Null(result.State.Call);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.RefreshRecent()], result.Effects);
    }

    [Fact]
    public void Ended_Answered_GoesToWrapUpForTheClaimedCall()
    {
        var result = SoftphoneMachine.Apply(IncomingInCall, new Ended("CA-in-1", null));

        Assert.Equal(SoftphoneState.Ended, result.State.Phase);
        Assert.Equal(42, result.State.Call!.CallId);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.RefreshRecent()], result.Effects);
    }

    [Fact]
    public void CallerIdentified_AfterTheDevice_FillsInTheCrmMatch()
    {
        var call = Run(Idle, IncomingCall(callId: null), new CallerIdentified(42, "Olivia Johnson", "Acme", 3, null)).Call!;

        Assert.Equal((42, "Olivia Johnson", "Acme", 3, (int?)null), (call.CallId, call.Peer, call.Company, call.ContactId, call.LeadId));
    }

    [Fact]
    public void CallerIdentified_NoNameMatched_KeepsTheNumber()
    {
        Assert.Equal("(212) 555-0100", Run(IncomingRinging, new CallerIdentified(42, null, null, null, 8)).Call!.Peer);
    }

    [Fact]
    public void CallerIdentified_AnotherCallOrOutgoing_ChangesNothing()
    {
        Assert.Equal(IncomingRinging, Run(IncomingRinging, new CallerIdentified(99, "Someone Else", "Other", 1, 2)));
        Assert.Equal(OutgoingRinging, Run(OutgoingRinging, new CallerIdentified(99, "Someone Else", "Other", 1, 2)));
        Assert.Equal(Idle, Run(Idle, new CallerIdentified(99, "Someone Else", "Other", 1, 2)));
    }

    [Fact]
    public void CallUpdated_ThisCallBySid_LearnsItsIdAndRefreshesTheHistory()
    {
        var result = SoftphoneMachine.Apply(OutgoingRinging, new CallUpdated("CA-out-1", 5));

        Assert.Equal(5, result.State.Call!.CallId);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.RefreshRecent()], result.Effects);
    }

    [Fact]
    public void CallUpdated_AnotherCall_OnlyRefreshesTheHistory()
    {
        var result = SoftphoneMachine.Apply(IncomingRinging, new CallUpdated("CA-other", 99));

        Assert.Equal(IncomingRinging, result.State);
        Assert.Equal<SoftphoneEffect>([new SoftphoneEffect.RefreshRecent()], result.Effects);
    }
}
