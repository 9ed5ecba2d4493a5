using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>The transitions of a call: dialled, ringing, answered, ended; and what the server learns about it.</summary>
public static partial class SoftphoneMachine
{
    public const string OtherTabMessage = "The softphone is active in another tab. Use it there, or click \"Use here\".";
    public const string StartingMessage = "The softphone is still starting. Try again in a moment.";
    public const string CallerHungUp = "The caller hung up.";
    public const string CallRejected = "Call rejected.";

    private static SoftphoneTransition OnDial(SoftphoneCallState state, Dial dial)
    {
        var cleared = state with { ErrorMessage = null };
        if (!dial.SessionStarted || state.OtherTabActive)
        {
            return Stay(cleared with { ErrorMessage = state.OtherTabActive ? OtherTabMessage : StartingMessage });
        }

        var call = new ActiveCall { Peer = dial.Peer, PeerNumber = dial.Target, ContactId = dial.ContactId, LeadId = dial.LeadId };
        return SoftphoneTransition.To(cleared with { Call = call, Phase = SoftphoneState.Connecting },
            new SoftphoneEffect.OpenPanel(), new SoftphoneEffect.Connect(dial.Target, dial.ContactId, dial.LeadId));
    }

    private static SoftphoneTransition OnPlaced(SoftphoneCallState state, Placed placed) =>
        state.Call is { Incoming: false } call
            ? Stay(state with { Call = call with { CallSid = placed.CallSid ?? call.CallSid } })
            : Stay(state);

    private static SoftphoneTransition OnRinging(SoftphoneCallState state, Ringing ringing) =>
        state.Call is { Incoming: false } call && state.Phase is SoftphoneState.Connecting or SoftphoneState.Ringing
            ? Stay(state with { Call = call with { CallSid = call.CallSid ?? ringing.CallSid }, Phase = SoftphoneState.Ringing })
            : Stay(state);

    /// <summary>Answered (by the callee, or by the agent for an incoming call, which claims a team call for them).</summary>
    private static SoftphoneTransition OnAccepted(SoftphoneCallState state, Accepted accepted)
    {
        if (state.Call is not { } call || state.Phase is not (SoftphoneState.Connecting or SoftphoneState.Ringing or SoftphoneState.Incoming))
        {
            return Stay(state);
        }

        var answered = state with { Call = call with { CallSid = call.CallSid ?? accepted.CallSid, AnsweredAt = accepted.At }, Phase = SoftphoneState.InCall };
        return call is { Incoming: true, CallId: { } callId }
            ? SoftphoneTransition.To(answered, new SoftphoneEffect.ClaimCall(callId))
            : Stay(answered);
    }

    /// <summary>An answered or outgoing call goes to wrap-up; an incoming one never answered (rejected or missed) just goes away.</summary>
    private static SoftphoneTransition OnEnded(SoftphoneCallState state, Ended ended)
    {
        if (state.Call is null || state.Phase is SoftphoneState.Ended)
        {
            return Stay(state);
        }

        var call = state.Call with { CallSid = state.Call.CallSid ?? ended.CallSid, EndReason = ended.Reason };
        var effects = new List<SoftphoneEffect>();
        SoftphoneCallState next;
        if (call is { Incoming: true, AnsweredAt: null })
        {
            next = state with { Call = null, Phase = SoftphoneState.Idle };
        }
        else
        {
            next = state with { Call = call, Phase = SoftphoneState.Ended };
            if (call is { CallId: null, CallSid: { } sid })
            {
                effects.Add(new SoftphoneEffect.FindCallId(sid));
            }
        }

        effects.Add(new SoftphoneEffect.RefreshRecent());
        if (state.LineChangePending)
        {
            next = next with { LineChangePending = false };
            effects.Add(new SoftphoneEffect.ReloadLine());
        }

        return new SoftphoneTransition(next, effects);
    }

    /// <summary>
    /// A call rings here. It replaces a call still ringing or in wrap-up; the same call ringing again keeps what the
    /// hub said about its caller. While a call is up the browser rejects a second one itself, so it never gets here.
    /// </summary>
    private static SoftphoneTransition OnIncoming(SoftphoneCallState state, IncomingRang incoming)
    {
        if (state.Call is not null && state.Phase is SoftphoneState.Ringing or SoftphoneState.InCall)
        {
            return Stay(state);
        }

        var known = state.Call is { Incoming: true } pending && pending.CallId == incoming.CallId ? pending : null;
        var call = new ActiveCall
        {
            Incoming = true,
            CallSid = incoming.CallSid,
            CallId = incoming.CallId,
            Peer = incoming.CallerName ?? known?.Peer ?? incoming.FromDisplay,
            PeerNumber = incoming.From,
            Company = known?.Company,
            Line = incoming.Line,
            ContactId = known?.ContactId,
            LeadId = known?.LeadId,
        };
        return SoftphoneTransition.To(state with { Call = call, Phase = SoftphoneState.Incoming }, new SoftphoneEffect.OpenPanel());
    }

    private static SoftphoneTransition OnDigit(SoftphoneCallState state, DigitPressed digit) =>
        state.Call is { } call
            ? SoftphoneTransition.To(state with { Call = call with { DigitsSent = call.DigitsSent + digit.Digit } }, new SoftphoneEffect.SendDigits(digit.Digit))
            : Stay(state);

    /// <summary>The hub's screen-pop may come before or after the device's incoming event; it only fills in what is unknown.</summary>
    private static SoftphoneTransition OnCallerIdentified(SoftphoneCallState state, CallerIdentified caller) =>
        state.Call is { Incoming: true } call && (call.CallId == caller.CallId || call.CallId is null)
            ? Stay(state with
            {
                Call = call with
                {
                    Peer = caller.CallerName ?? call.Peer,
                    CallId = call.CallId ?? caller.CallId,
                    Company = call.Company ?? caller.Company,
                    ContactId = call.ContactId ?? caller.ContactId,
                    LeadId = call.LeadId ?? caller.LeadId,
                },
            })
            : Stay(state);

    private static SoftphoneTransition OnCallUpdated(SoftphoneCallState state, CallUpdated updated)
    {
        var mine = state.Call is { } call && (call.CallSid == updated.CallSid || call.CallId == updated.CallId);
        var next = mine ? state with { Call = state.Call! with { CallId = state.Call!.CallId ?? updated.CallId } } : state;
        // A change to the call on the panel may be a hold, a join or a transfer: its conference is read again.
        return mine && state.Phase is SoftphoneState.InCall
            ? SoftphoneTransition.To(next, new SoftphoneEffect.RefreshRecent(), new SoftphoneEffect.RefreshControl())
            : SoftphoneTransition.To(next, new SoftphoneEffect.RefreshRecent());
    }

    private static SoftphoneTransition OnCallIdFound(SoftphoneCallState state, CallIdFound found) =>
        state.Call is { CallId: null } call && call.CallSid == found.CallSid && found.CallId is { } callId
            ? Stay(state with { Call = call with { CallId = callId } })
            : Stay(state);
}
