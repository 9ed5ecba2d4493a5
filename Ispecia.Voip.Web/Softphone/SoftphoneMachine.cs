using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>
/// The softphone's state machine: pure, with no Blazor, JS or services, so every transition is a unit test. Given the
/// current state and one event it returns the next state and the effects the component must run. An event that does
/// not fit the state is ignored: same state, no effects.
/// <para>
/// Outgoing: Idle -Dial-> Connecting -Ringing-> Ringing -Accepted-> InCall -Ended-> Ended (wrap-up) -WrapUpClosed-> Idle.
/// Incoming: -IncomingRang-> Incoming -Accepted-> InCall, or -Ended-> Idle when rejected or missed (the caller hung up).
/// Device: Offline -Registered-> Idle; a failure with no call, or while connecting, is Error and drops the call; during
/// a call only its message shows. Hold, transfer and add act on the server
/// (the call's conference); the machine keeps what the server says of them (<see cref="ControlChanged"/>).
/// </para>
/// </summary>
public static partial class SoftphoneMachine
{
    public const string UnsupportedMessage = "This browser cannot make calls: it lacks the WebRTC support the phone needs. Use a current Chrome, Edge, Firefox or Safari (14 or later).";

    public static SoftphoneTransition Apply(SoftphoneCallState state, SoftphoneEvent happened) => happened switch
    {
        Dial dial => OnDial(state, dial),
        DialInvalid invalid => Stay(state with { ErrorMessage = invalid.Error }),
        Placed placed => OnPlaced(state, placed),
        Ringing ringing => OnRinging(state, ringing),
        Accepted accepted => OnAccepted(state, accepted),
        Ended ended => OnEnded(state, ended),
        IncomingRang incoming => OnIncoming(state, incoming),
        MuteChanged mute => state.Call is { } call ? Stay(state with { Call = call with { Muted = mute.Muted } }) : Stay(state),
        DigitPressed digit => OnDigit(state, digit),
        CallerIdentified caller => OnCallerIdentified(state, caller),
        CallUpdated updated => OnCallUpdated(state, updated),
        CallIdFound found => OnCallIdFound(state, found),
        WrapUpClosed => state.Phase is SoftphoneState.Ended ? Stay(state with { Call = null, Phase = SoftphoneState.Idle }) : Stay(state),
        Registered => OnRegistered(state),
        Unregistered => state.Call is null ? Stay(state with { Phase = SoftphoneState.Offline }) : Stay(state),
        Unsupported => Stay(state with { Unsupported = true, Phase = SoftphoneState.Error, ErrorMessage = UnsupportedMessage }),
        Failed failed => OnFailed(state, failed),
        ErrorDismissed => Stay(state with { ErrorMessage = null }),
        OtherTabChanged tab => Stay(state with { OtherTabActive = tab.Active }),
        ConnectivityChanged network => Stay(state with { Online = network.Online }),
        SessionStopped => Stay(state with { Phase = SoftphoneState.Offline, OtherTabActive = false }),
        LineChanged => OnLineChanged(state),
        ControlChanged control => OnControlChanged(state, control),
        ControlFailed failed => Stay(state with { ErrorMessage = failed.Message }),
        _ => Stay(state),
    };

    private static SoftphoneTransition Stay(SoftphoneCallState state) => SoftphoneTransition.To(state);

    /// <summary>A failed or refused registration is cleared by the next registration; a call in progress keeps its phase.</summary>
    private static SoftphoneTransition OnRegistered(SoftphoneCallState state) =>
        state.Phase is SoftphoneState.Offline or SoftphoneState.Error
            ? Stay(state with { Phase = SoftphoneState.Idle, ErrorMessage = null })
            : Stay(state);

    /// <summary>Before the call is up, a failure ends it; once it rings or is answered the call goes on and only the message shows.</summary>
    private static SoftphoneTransition OnFailed(SoftphoneCallState state, Failed failed)
    {
        var explained = state with { ErrorMessage = SoftphoneErrors.Explain(failed.Code, failed.Message) };
        return state.Call is null || state.Phase is SoftphoneState.Connecting
            ? Stay(explained with { Phase = SoftphoneState.Error, Call = null })
            : Stay(explained);
    }

    /// <summary>The conference's state for the call on the panel: held since when, consulting whom, who is on it.</summary>
    private static SoftphoneTransition OnControlChanged(SoftphoneCallState state, ControlChanged changed) =>
        state.Call is { } call && state.Phase is SoftphoneState.InCall && (call.CallId is null || call.CallId == changed.Snapshot.CallId)
            ? Stay(state with
            {
                Call = call with
                {
                    CallId = call.CallId ?? changed.Snapshot.CallId,
                    Control = changed.Snapshot,
                    HeldSince = changed.Snapshot.CustomerOnHold ? call.HeldSince ?? changed.At : null,
                },
            })
            : Stay(state);

    /// <summary>A call in progress is never cut by a line change: it waits for the call's end (see <see cref="OnEnded"/>).</summary>
    private static SoftphoneTransition OnLineChanged(SoftphoneCallState state) =>
        state.HasLiveCall
            ? Stay(state with { LineChangePending = true })
            : SoftphoneTransition.To(state with { LineChangePending = false }, new SoftphoneEffect.ReloadLine());
}
