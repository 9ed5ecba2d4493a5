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
}
