using Ispecia.Voip.Core.Calls.Events;
using Microsoft.JSInterop;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>Events from the browser: the Twilio Device and Call, the hub, the network and the other tabs.</summary>
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
    public Task OnRegistered() => Update(() =>
    {
        if (State is SoftphoneState.Offline or SoftphoneState.Error)
        {
            State = SoftphoneState.Idle;
            ErrorMessage = null;
        }
    });

    /// <summary>Twilio.Device.isSupported said no (the guide: IE, Opera Mini, Safari before 14): say so instead of a dead panel.</summary>
    [JSInvokable]
    public Task OnUnsupported() => Update(() =>
    {
        Unsupported = true;
        State = SoftphoneState.Error;
        ErrorMessage = "This browser cannot make calls: it lacks the WebRTC support the phone needs. Use a current Chrome, Edge, Firefox or Safari (14 or later).";
    });

    [JSInvokable]
    public Task OnUnregistered() => Update(() => State = Call is null ? SoftphoneState.Offline : State);

    [JSInvokable]
    public Task OnRinging(string? callSid) => Update(() =>
    {
        if (Call is { Incoming: false })
        {
            Call.CallSid ??= callSid;
            State = SoftphoneState.Ringing;
        }
    });

    [JSInvokable]
    public async Task OnAccepted(string? callSid)
    {
        if (Call is { Incoming: true, CallId: { } callId } && CurrentUserId is { } user)
        {
            await Calls.ClaimAsync(user, callId);
        }

        await Update(() => MarkAnswered(callSid));
    }

    private void MarkAnswered(string? callSid)
    {
        if (Call is null)
        {
            return;
        }

        Call.CallSid ??= callSid;
        Call.AnsweredAt = DateTimeOffset.UtcNow;
        State = SoftphoneState.InCall;
        ticker ??= new Timer(_ => InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    [JSInvokable]
    public Task OnDisconnected(string? callSid) => EndAsync(callSid, null);

    [JSInvokable]
    public Task OnCanceled(string? callSid) => EndAsync(callSid, "The caller hung up.");

    [JSInvokable]
    public Task OnRejected(string? callSid) => EndAsync(callSid, "Call rejected.");

    [JSInvokable]
    public Task OnMuted(bool muted) => Update(() => Call?.Muted = muted);

    [JSInvokable]
    public Task OnIncoming(IncomingDeviceCall incoming) => Update(() =>
    {
        var callId = int.TryParse(incoming.CallId, out var id) ? id : (int?)null;
        var known = Call is { Incoming: true } pending && pending.CallId == callId ? Call : null;
        Call = new ActiveCall
        {
            Incoming = true,
            CallSid = incoming.CallSid,
            CallId = callId,
            Peer = incoming.CallerName ?? known?.Peer ?? Phones.FormatForDisplay(incoming.From),
            PeerNumber = incoming.From,
            Company = known?.Company,
            Line = LineLabel(incoming.RouteName, incoming.Did),
            ContactId = known?.ContactId,
            LeadId = known?.LeadId,
        };
        State = SoftphoneState.Incoming;
        Open = true;
    });

    /// <summary>Which of the company's lines rang: "Spring campaign · (415) 555-0150".</summary>
    private string? LineLabel(string? routeName, string? did)
    {
        var number = did is null ? null : Phones.FormatForDisplay(did);
        return routeName is null ? number : number is null ? routeName : $"{routeName} · {number}";
    }

    [JSInvokable]
    public Task OnError(int code, string message) => Update(() => Fail(code, message));

    [JSInvokable]
    public Task OnOtherTabActive(bool active) => Update(() => OtherTabActive = active);

    [JSInvokable]
    public Task OnConnectivity(bool online) => Update(() => Online = online);

    [JSInvokable]
    public Task OnCallBackRequested(string number) => InvokeAsync(() => StartCallAsync(new DialRequest(number)));

    [JSInvokable]
    public Task OnHubIncomingCall(IncomingCallEvent incoming) => Update(() =>
    {
        // The hub's screen-pop carries the CRM match; the device's incoming event may come first or second.
        if (Call is { Incoming: true } && (Call.CallId == incoming.CallId || Call.CallId is null))
        {
            Call.Peer = incoming.CallerName ?? Call.Peer;
            Call.CallId ??= incoming.CallId;
            Call.Company ??= incoming.Company;
            Call.ContactId ??= incoming.ContactId;
            Call.LeadId ??= incoming.LeadId;
        }
    });

    [JSInvokable]
    public async Task OnHubCallUpdated(CallUpdatedEvent update)
    {
        if (Call is { } call && (call.CallSid == update.CallSid || call.CallId == update.CallId))
        {
            call.CallId ??= update.CallId;
        }

        await RefreshRecentAsync();
        await InvokeAsync(StateHasChanged);
    }

    [JSInvokable]
    public async Task OnHubMissedCall(MissedCallEvent missed)
    {
        if (session is not null)
        {
            await session.InvokeVoidAsync("notifyMissed", missed.CallerName, missed.From);
        }

        await RefreshRecentAsync();
        await InvokeAsync(StateHasChanged);
    }

    [JSInvokable]
    public Task OnHubRecordingReady(RecordingReadyEvent recording) => RefreshRecentAsync();

    private async Task EndAsync(string? callSid, string? reason)
    {
        ticker?.Dispose();
        ticker = null;
        if (Call is null)
        {
            return;
        }

        Call.CallSid ??= callSid;
        Call.EndReason = reason;
        var wasAnswered = Call.AnsweredAt is not null;
        if (Call.CallId is null && Call.CallSid is { } sid && CurrentUserId is { } user)
        {
            Call.CallId = (await Calls.FindBySidAsync(user, sid))?.Id;
        }

        if (!wasAnswered && Call.Incoming)
        {
            Call = null;
            State = SoftphoneState.Idle;
        }
        else
        {
            State = SoftphoneState.Ended;
        }

        await RefreshRecentAsync();
        if (lineChangePending)
        {
            await FollowLineChangeAsync();
        }

        await InvokeAsync(StateHasChanged);
    }

    private void Fail(int code, string message)
    {
        ErrorMessage = SoftphoneErrors.Explain(code, message);
        if (Call is null || State is SoftphoneState.Connecting)
        {
            State = SoftphoneState.Error;
            Call = null;
        }
    }

    private Task Update(Action change) => InvokeAsync(() =>
    {
        change();
        StateHasChanged();
    });
}

/// <summary>The incoming call as the Device reports it, with the route's custom parameters.</summary>
public sealed record IncomingDeviceCall(string? CallSid, string From, string? CallId, string? CallerName, string? Did, string? RouteName);
