namespace Ispecia.Voip.Web.Softphone;

/// <summary>
/// Everything the softphone knows about its device and its call at one moment. Immutable: the component holds the
/// current one and replaces it with what <see cref="SoftphoneMachine.Apply"/> returns.
/// </summary>
/// <param name="Phase">What the panel shows (its <c>data-state</c>).</param>
/// <param name="Call">The call in progress, ringing, or in wrap-up; null when there is none.</param>
/// <param name="ErrorMessage">The error the panel shows, in words an agent can act on.</param>
/// <param name="OtherTabActive">Another tab of this agent holds the device, so this one does not ring.</param>
/// <param name="Online">False while the browser or the hub connection is offline.</param>
/// <param name="Unsupported">The browser cannot run the Voice SDK: there is nothing to dial with.</param>
/// <param name="LineChangePending">An admin changed the line during a call: it is followed once the call ends.</param>
public sealed record SoftphoneCallState(
    SoftphoneState Phase = SoftphoneState.Offline,
    ActiveCall? Call = null,
    string? ErrorMessage = null,
    bool OtherTabActive = false,
    bool Online = true,
    bool Unsupported = false,
    bool LineChangePending = false)
{
    /// <summary>Before the device has registered.</summary>
    public static SoftphoneCallState Initial { get; } = new();

    /// <summary>A call is ringing, connecting or connected: a line change must wait (wrap-up does not count).</summary>
    public bool HasLiveCall => Call is not null && Phase is not SoftphoneState.Ended;
}
