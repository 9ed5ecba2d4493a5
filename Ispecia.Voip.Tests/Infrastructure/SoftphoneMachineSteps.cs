using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>States of <see cref="SoftphoneMachine"/> reached the way the browser reaches them: by a run of events.</summary>
public static class SoftphoneMachineSteps
{
    public static readonly DateTimeOffset AnsweredAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static SoftphoneCallState Idle => Run(SoftphoneCallState.Initial, new Registered());

    public static SoftphoneCallState Connecting => Run(Idle, OutgoingDial());

    public static SoftphoneCallState OutgoingRinging => Run(Connecting, new Placed("CA-out-1"), new Ringing("CA-out-1"));

    public static SoftphoneCallState OutgoingInCall => Run(OutgoingRinging, new Accepted("CA-out-1", AnsweredAt));

    public static SoftphoneCallState IncomingRinging => Run(Idle, IncomingCall(callId: 42));

    public static SoftphoneCallState IncomingInCall => Run(IncomingRinging, new Accepted("CA-in-1", AnsweredAt));

    public static SoftphoneCallState WrapUp => Run(OutgoingInCall, new Ended("CA-out-1", null));

    public static Dial OutgoingDial(bool sessionStarted = true) => new("+12125550147", "(212) 555-0147", 7, null, sessionStarted);

    public static IncomingRang IncomingCall(int? callId = null, string? callSid = "CA-in-1", string? callerName = null) =>
        new(callSid, "+12125550100", "(212) 555-0100", callId, callerName, "Direct line · (415) 555-0101");

    /// <summary>A state by the name a test gives it, for theories over several states.</summary>
    public static SoftphoneCallState Named(string phase) => phase switch
    {
        "offline" => SoftphoneCallState.Initial,
        "idle" => Idle,
        "connecting" => Connecting,
        "ringing" => OutgoingRinging,
        "incoming" => IncomingRinging,
        "in call" => OutgoingInCall,
        "wrap-up" => WrapUp,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "No such softphone state in these steps."),
    };

    /// <summary>Applies the events in order, keeping only the last state.</summary>
    public static SoftphoneCallState Run(SoftphoneCallState state, params SoftphoneEvent[] events) =>
        events.Aggregate(state, (reached, happened) => SoftphoneMachine.Apply(reached, happened).State);
}
