using Ispecia.Voip.Core.CallControl;
using static Ispecia.Voip.Tests.Infrastructure.SoftphoneMachineSteps;
using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Tests.Softphone;

/// <summary>What the server says of the call's conference: held since when, consulting whom, and when to ask again.</summary>
public sealed class SoftphoneMachineControlTests
{
    private static readonly DateTimeOffset HeldAt = AnsweredAt.AddSeconds(30);

    [Fact]
    public void ControlChanged_CallerHeld_OnHoldSinceTheFirstSnapshotThatSaidSo()
    {
        var held = new CallControlSnapshot(42, true, true, null, []);

        var first = SoftphoneMachine.Apply(IncomingInCall, new ControlChanged(held, HeldAt)).State;
        var again = SoftphoneMachine.Apply(first, new ControlChanged(held, HeldAt.AddSeconds(12))).State;

        Assert.Equal(HeldAt, again.Call!.HeldSince);
        Assert.Equal("on-hold", again.ToDataState());
        var resumed = SoftphoneMachine.Apply(again, new ControlChanged(held with { CustomerOnHold = false }, HeldAt.AddSeconds(20))).State;
        Assert.Null(resumed.Call!.HeldSince);
        Assert.Equal("in-call", resumed.ToDataState());
    }

    [Fact]
    public void ControlChanged_Consulting_DataStateIsConsulting()
    {
        var state = SoftphoneMachine.Apply(IncomingInCall, new ControlChanged(new CallControlSnapshot(42, true, true, "Blake Agent", []), HeldAt)).State;

        Assert.Equal("consulting", state.ToDataState());
    }

    [Fact]
    public void ControlChanged_AnotherCall_Ignored()
    {
        var result = SoftphoneMachine.Apply(IncomingInCall, new ControlChanged(new CallControlSnapshot(7, true, true, null, []), HeldAt));

        Assert.Same(IncomingInCall.Call!.Control, result.State.Call!.Control);
        Assert.Null(result.State.Call.HeldSince);
    }

    [Fact]
    public void CallUpdated_TheCallInProgress_AsksForItsConferenceAgain()
    {
        var result = SoftphoneMachine.Apply(IncomingInCall, new CallUpdated("CA-parent", 42));

        Assert.Contains(new SoftphoneEffect.RefreshControl(), result.Effects);
    }

    [Fact]
    public void ControlFailed_ShowsTheMessageAndKeepsTheCall()
    {
        var result = SoftphoneMachine.Apply(IncomingInCall, new ControlFailed("Calls to GB are not allowed."));

        Assert.Equal(("Calls to GB are not allowed.", SoftphoneState.InCall), (result.State.ErrorMessage, result.State.Phase));
    }
}
