namespace Ispecia.Voip.Web.Softphone;

/// <summary>The softphone panel's state, as <c>data-state</c> shows it to tests and styles.</summary>
public enum SoftphoneState
{
    /// <summary>Not registered (yet, or the connection dropped).</summary>
    Offline,
    Idle,
    Connecting,
    Ringing,
    InCall,
    Ended,
    Incoming,
    Error,
}

public static class SoftphoneStateNames
{
    public static string ToDataState(this SoftphoneState state) => state switch
    {
        SoftphoneState.InCall => "in-call",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>The panel's data-state: a call in progress says on-hold or consulting while the caller waits.</summary>
    public static string ToDataState(this SoftphoneCallState state) => state switch
    {
        { Phase: SoftphoneState.InCall, Call.Consulting: true } => "consulting",
        { Phase: SoftphoneState.InCall, Call.HeldSince: not null } => "on-hold",
        _ => state.Phase.ToDataState(),
    };
}
