using System.Security.Claims;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Accounts.Model;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Configuration;
using Ispecia.Voip.Core.Phone;
using Ispecia.Voip.Core.Twilio;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>
/// The floating three-tab softphone. The browser side (Softphone.razor.js) owns the Twilio Device and the hub
/// connection; this component owns the state and the data, and survives page navigation because it lives in the layout.
/// </summary>
public sealed partial class Softphone : IAsyncDisposable
{
    private DotNetObjectReference<Softphone>? self;
    private IJSObjectReference? module;
    private IJSObjectReference? session;
    private Timer? ticker;
    private string? userId;

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private SoftphoneLineService Lines { get; set; } = default!;
    [Inject] private AccessTokenGenerator Tokens { get; set; } = default!;
    [Inject] private TelephonyMode Mode { get; set; } = default!;
    [Inject] private PhoneNumberService Phones { get; set; } = default!;
    [Inject] private AgentCallsService Calls { get; set; } = default!;
    [Inject] private SoftphoneController Controller { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private LineChanges LineChanges { get; set; } = default!;

    internal SoftphoneLine? Line { get; private set; }
    internal SoftphoneState State { get; private set; } = SoftphoneState.Offline;
    internal ActiveCall? Call { get; private set; }
    internal bool Open { get; set; }
    internal int Tab { get; set; } = 2;
    internal string? ErrorMessage { get; private set; }
    internal bool OtherTabActive { get; private set; }
    internal bool Online { get; private set; } = true;
    internal string KeypadNumber { get; set; } = "";
    internal IReadOnlyList<AgentCallRow> Recent { get; private set; } = [];
    internal int RecentVersion { get; private set; }

    /// <summary>False while prerendered: the circuit is not live yet, so a click would do nothing.</summary>
    internal bool Interactive => RendererInfo.IsInteractive;

    /// <summary>The browser cannot run the Voice SDK.</summary>
    internal bool Unsupported { get; private set; }

    /// <summary>The browser module has started: the buttons do something (tests wait for this).</summary>
    internal bool Ready => session is not null;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        Line = userId is null ? null : await Lines.FindAsync(userId);
        if (Line is { IsActive: true })
        {
            Controller.DialRequested += OnDialRequestedAsync;
        }

        LineChanges.Published += OnLineChanged;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && Line is { IsActive: true })
        {
            await StartSessionAsync();
        }
    }

    /// <summary>Loads the browser module and registers the Device for the agent's line.</summary>
    private async Task StartSessionAsync()
    {
        self ??= DotNetObjectReference.Create(this);
        module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Softphone/Softphone.razor.js");
        session = await module.InvokeAsync<IJSObjectReference>("start", self, new
        {
            identity = Line!.Identity,
            hubUrl = Navigation.ToAbsoluteUri("/hubs/voip").ToString(),
            sounds = SoftphoneSounds.Names.ToDictionary(name => name, name => Navigation.ToAbsoluteUri(SoftphoneSounds.UrlOf(name)).ToString()),
            publishEvents = !Mode.IsSimulator,
        });
        StateHasChanged();
    }

    // ---- Actions from the UI ----

    internal async Task StartCallAsync(DialRequest request)
    {
        ErrorMessage = null;
        var text = request.Number.Trim();
        string target;
        if (Phones.IsExtension(text) || text.StartsWith("client:", StringComparison.Ordinal))
        {
            target = text;
        }
        else if (Phones.Parse(text) is { IsValid: true, E164: { } e164 })
        {
            target = e164;
        }
        else
        {
            ErrorMessage = Phones.Parse(text).Error ?? "This is not a phone number.";
            return;
        }

        if (session is null || OtherTabActive)
        {
            ErrorMessage = OtherTabActive ? "The softphone is active in another tab. Use it there, or click \"Use here\"." : "The softphone is still starting. Try again in a moment.";
            return;
        }

        Call = new ActiveCall
        {
            Peer = request.Name ?? (Phones.IsExtension(target) ? $"Extension {target}" : Phones.FormatForDisplay(target)),
            PeerNumber = target,
            ContactId = request.ContactId,
            LeadId = request.LeadId,
        };
        State = SoftphoneState.Connecting;
        Open = true;
        var parameters = new Dictionary<string, string> { ["To"] = target };
        if (request.ContactId is { } contactId)
        {
            parameters["contactId"] = contactId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (request.LeadId is { } leadId)
        {
            parameters["leadId"] = leadId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        try
        {
            Call.CallSid = await session.InvokeAsync<string?>("connect", parameters);
        }
        catch (JSException ex)
        {
            Fail(0, ex.Message);
        }
    }

    internal Task AcceptAsync() => InvokeSessionAsync("accept");

    internal Task RejectAsync() => InvokeSessionAsync("reject");

    internal Task HangupAsync() => InvokeSessionAsync("hangup");

    internal Task ToggleMuteAsync() => Call is null ? Task.CompletedTask : InvokeSessionAsync("mute", !Call.Muted);

    internal async Task SendDigitAsync(string digit)
    {
        if (Call is null)
        {
            return;
        }

        Call.DigitsSent += digit;
        await InvokeSessionAsync("sendDigits", digit);
    }

    internal Task UseHereAsync() => InvokeSessionAsync("takeOver");

    internal async Task<string> EnableNotificationsAsync() =>
        session is null ? "unsupported" : await session.InvokeAsync<string>("enableNotifications");

    internal async Task SetAvailabilityAsync(Availability availability)
    {
        await Lines.SetAvailabilityAsync(userId!, availability);
        Line = Line! with { Availability = availability };
    }

    internal async Task<AudioDevices> AudioDevicesAsync() =>
        session is null ? new AudioDevices([], []) : await session.InvokeAsync<AudioDevices>("audioDevices");

    internal Task SetInputAsync(string id) => InvokeSessionAsync("setInput", id);

    internal Task SetOutputAsync(string id) => InvokeSessionAsync("setOutput", id);

    internal void CloseWrapUp()
    {
        Call = null;
        State = SoftphoneState.Idle;
    }

    internal async Task RefreshRecentAsync()
    {
        Recent = userId is null ? [] : await Calls.RecentAsync(userId, 30);
        RecentVersion++;
    }

    internal TimeSpan Elapsed => Call?.AnsweredAt is { } at ? DateTimeOffset.UtcNow - at : TimeSpan.Zero;

    internal string? CurrentUserId => userId;

    private async Task OnDialRequestedAsync(DialRequest request) => await InvokeAsync(() => StartCallAsync(request));

    private async Task InvokeSessionAsync(string method, params object?[] args)
    {
        if (session is null)
        {
            return;
        }

        try
        {
            await session.InvokeVoidAsync(method, args);
        }
        catch (JSException ex)
        {
            Fail(0, ex.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Controller.DialRequested -= OnDialRequestedAsync;
        LineChanges.Published -= OnLineChanged;
        ticker?.Dispose();
        try
        {
            await StopSessionAsync();
            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; nothing to clean up there.
        }

        self?.Dispose();
    }
}

/// <summary>Microphones and speakers the browser offers (device.audio).</summary>
public sealed record AudioDevices(IReadOnlyList<AudioDevice> Inputs, IReadOnlyList<AudioDevice> Outputs);

public sealed record AudioDevice(string Id, string Label);
