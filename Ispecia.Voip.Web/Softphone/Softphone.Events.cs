using Ispecia.Voip.Core.Calls.Events;
using Microsoft.JSInterop;
using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>
/// Events from the browser (Softphone.razor.js): the Twilio Device and Call, the hub, the network and the other tabs.
/// Each becomes one <see cref="SoftphoneEvent"/> for the machine; the method names are the module's contract.
/// </summary>
public sealed partial class Softphone
{
    /// <summary>
    /// The browser asks at registration and before expiry; any script in the page can ask, so the line is read again
    /// here: a line switched off (or never set up) gets no token.
    /// </summary>
    [JSInvokable]
    public async Task<string> GetTokenAsync()
    {
        var line = userId is null ? null : await Lines.FindAsync(userId);
        if (line is not { IsActive: true })
        {
            throw new InvalidOperationException(VoipTokenApi.NoLineMessage);
        }

        return Tokens.Create(line.Identity).Token;
    }

    [JSInvokable]
    public Task OnRegistered()
    {
        ReportRegistration(true);
        return UpdateAsync(new Registered());
    }

    /// <summary>Twilio.Device.isSupported said no (the guide: IE, Opera Mini, Safari before 14): say so instead of a dead panel.</summary>
    [JSInvokable]
    public Task OnUnsupported() => UpdateAsync(new Unsupported());

    [JSInvokable]
    public Task OnUnregistered()
    {
        ReportRegistration(false);
        return UpdateAsync(new Unregistered());
    }

    [JSInvokable]
    public Task OnRinging(string? callSid) => UpdateAsync(new Ringing(callSid));

    [JSInvokable]
    public Task OnAccepted(string? callSid) => UpdateAsync(new Accepted(callSid, Clock.GetUtcNow()));

    [JSInvokable]
    public Task OnDisconnected(string? callSid) => UpdateAsync(new Ended(callSid, null));

    [JSInvokable]
    public Task OnCanceled(string? callSid) => UpdateAsync(new Ended(callSid, SoftphoneMachine.CallerHungUp));

    [JSInvokable]
    public Task OnRejected(string? callSid) => UpdateAsync(new Ended(callSid, SoftphoneMachine.CallRejected));

    [JSInvokable]
    public Task OnMuted(bool muted) => UpdateAsync(new MuteChanged(muted));

    [JSInvokable]
    public Task OnIncoming(IncomingDeviceCall incoming) => UpdateAsync(incoming.ToEvent(Phones));

    [JSInvokable]
    public Task OnError(int code, string message) => UpdateAsync(new Failed(code, message));

    [JSInvokable]
    public Task OnOtherTabActive(bool active) => UpdateAsync(new OtherTabChanged(active));

    [JSInvokable]
    public Task OnConnectivity(bool online) => UpdateAsync(new ConnectivityChanged(online));

    [JSInvokable]
    public Task OnCallBackRequested(string number) => InvokeAsync(() => StartCallAsync(new DialRequest(number)));

    /// <summary>The hub's screen-pop carries the CRM match; the device's incoming event may come first or second.</summary>
    [JSInvokable]
    public Task OnHubIncomingCall(IncomingCallEvent incoming) =>
        UpdateAsync(new CallerIdentified(incoming.CallId, incoming.CallerName, incoming.Company, incoming.ContactId, incoming.LeadId));

    [JSInvokable]
    public Task OnHubCallUpdated(CallUpdatedEvent update) => UpdateAsync(new CallUpdated(update.CallSid, update.CallId));

    [JSInvokable]
    public async Task OnHubMissedCall(MissedCallEvent missed)
    {
        await Module.InvokeVoidAsync("notifyMissed", missed.CallerName, missed.From);
        await RefreshRecentAsync();
        await InvokeAsync(StateHasChanged);
    }

    [JSInvokable]
    public Task OnHubRecordingReady(RecordingReadyEvent recording) => RefreshRecentAsync();
}
