namespace Ispecia.Voip.Web.Softphone;

/// <summary>What can happen to the softphone: the agent's actions, the Twilio Device and Call, the hub, the network.</summary>
public abstract record SoftphoneEvent
{
    // ---- The agent ----

    /// <summary>The agent dials a number that is valid; <paramref name="SessionStarted"/> says whether the device can dial yet.</summary>
    public sealed record Dial(string Target, string Peer, int? ContactId, int? LeadId, bool SessionStarted) : SoftphoneEvent;

    /// <summary>The agent dials something that is not a number: <paramref name="Error"/> says why.</summary>
    public sealed record DialInvalid(string Error) : SoftphoneEvent;

    public sealed record DigitPressed(string Digit) : SoftphoneEvent;

    public sealed record WrapUpClosed : SoftphoneEvent;

    public sealed record ErrorDismissed : SoftphoneEvent;

    // ---- The device (Softphone.razor.js) ----

    /// <summary>The browser placed the outgoing call; the SDK may not know its CallSid yet.</summary>
    public sealed record Placed(string? CallSid) : SoftphoneEvent;

    public sealed record Registered : SoftphoneEvent;

    public sealed record Unregistered : SoftphoneEvent;

    /// <summary>The browser cannot run the Voice SDK (no WebRTC).</summary>
    public sealed record Unsupported : SoftphoneEvent;

    public sealed record Ringing(string? CallSid) : SoftphoneEvent;

    public sealed record Accepted(string? CallSid, DateTimeOffset At) : SoftphoneEvent;

    /// <summary>The call is over: hung up (no reason), cancelled by the caller or rejected.</summary>
    public sealed record Ended(string? CallSid, string? Reason) : SoftphoneEvent;

    public sealed record MuteChanged(bool Muted) : SoftphoneEvent;

    /// <summary>A call rings on this device; <paramref name="FromDisplay"/> and <paramref name="Line"/> are formatted for people.</summary>
    public sealed record IncomingRang(string? CallSid, string From, string FromDisplay, int? CallId, string? CallerName, string? Line) : SoftphoneEvent;

    /// <summary>A Twilio error (code 0: our own message, shown as it is).</summary>
    public sealed record Failed(int Code, string Message) : SoftphoneEvent;

    public sealed record OtherTabChanged(bool Active) : SoftphoneEvent;

    public sealed record ConnectivityChanged(bool Online) : SoftphoneEvent;

    /// <summary>The device was stopped (the line was switched off or changed).</summary>
    public sealed record SessionStopped : SoftphoneEvent;

    // ---- The server ----

    /// <summary>The hub's screen-pop for an incoming call: the caller matched to the CRM.</summary>
    public sealed record CallerIdentified(int CallId, string? CallerName, string? Company, int? ContactId, int? LeadId) : SoftphoneEvent;

    /// <summary>A webhook changed a call of this agent: the history must be read again.</summary>
    public sealed record CallUpdated(string CallSid, int CallId) : SoftphoneEvent;

    /// <summary>The history knows the ended call by its CallSid (asked for by <see cref="SoftphoneEffect.FindCallId"/>).</summary>
    public sealed record CallIdFound(string CallSid, int? CallId) : SoftphoneEvent;

    /// <summary>The server's account of the call's conference, after an action or a push.</summary>
    public sealed record ControlChanged(Ispecia.Voip.Core.CallControl.CallControlSnapshot Snapshot, DateTimeOffset At) : SoftphoneEvent;

    /// <summary>A hold, transfer or add was refused: the call is as it was, the message says why.</summary>
    public sealed record ControlFailed(string Message) : SoftphoneEvent;

    /// <summary>An admin changed the agent's line.</summary>
    public sealed record LineChanged : SoftphoneEvent;
}
