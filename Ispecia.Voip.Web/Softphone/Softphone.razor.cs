using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Twilio;
using Microsoft.JSInterop;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>
/// The floating three-tab softphone. The browser side (Softphone.razor.js, through <see cref="SoftphoneModule"/>) owns
/// the Twilio Device and the hub connection; <see cref="SoftphoneMachine"/> decides what each event does to the call;
/// this component renders the result, runs its effects, and survives page navigation because it lives in the layout.
/// </summary>
public sealed partial class Softphone : IAsyncDisposable
{
    private DotNetObjectReference<Softphone>? self;
    private SoftphoneCallState current = SoftphoneCallState.Initial;
    private Timer? ticker;
    private string? userId;

    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private SoftphoneLineService Lines { get; set; } = default!;
    [Inject] private AccessTokenGenerator Tokens { get; set; } = default!;
    [Inject] private PhoneNumberService Phones { get; set; } = default!;
    [Inject] private AgentCallsService Calls { get; set; } = default!;
    [Inject] private SoftphoneController Controller { get; set; } = default!;
    [Inject] private LineChanges LineChanges { get; set; } = default!;
    [Inject] private SoftphoneModule Module { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ICallControls Controls { get; set; } = default!;

    internal SoftphoneLine? Line { get; private set; }
    internal SoftphoneState State => current.Phase;
    internal ActiveCall? Call => current.Call;
    internal string? ErrorMessage => current.ErrorMessage;
    internal bool OtherTabActive => current.OtherTabActive;
    internal bool Online => current.Online;
    internal bool Open { get; set; }
    internal int Tab { get; set; } = 2;
    internal string KeypadNumber { get; set; } = "";
    internal IReadOnlyList<AgentCallRow> Recent { get; private set; } = [];

    /// <summary>False while prerendered: the circuit is not live yet, so a click would do nothing.</summary>
    internal bool Interactive => RendererInfo.IsInteractive;

    /// <summary>The browser cannot run the Voice SDK.</summary>
    internal bool Unsupported => current.Unsupported;

    /// <summary>The browser module has started: the buttons do something (tests wait for this).</summary>
    internal bool Ready => Module.IsStarted;

    internal TimeSpan Elapsed => Call?.AnsweredAt is { } at ? Clock.GetUtcNow() - at : TimeSpan.Zero;

    internal string? CurrentUserId => userId;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        isStaff = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Supervisor);
        Line = userId is null ? null : await Lines.FindAsync(userId);
        if (Line is { IsActive: true })
        {
            Controller.DialRequested += OnDialRequestedAsync;
        }

        LineChanges.Published += OnLineChanged;
        await WatchPresenceAsync();
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
        await Module.StartAsync(self, Line!.Identity);
        StateHasChanged();
    }

    // ---- Actions from the UI ----

    internal Task StartCallAsync(DialRequest request) => DispatchAsync(request.ToEvent(Phones, Module.IsStarted));

    internal Task AcceptAsync() => InvokeSessionAsync("accept");

    internal Task RejectAsync() => InvokeSessionAsync("reject");

    internal Task HangupAsync() => InvokeSessionAsync("hangup");

    internal Task ToggleMuteAsync() => Call is null ? Task.CompletedTask : InvokeSessionAsync("mute", !Call.Muted);

    internal Task SendDigitAsync(string digit) => DispatchAsync(new SoftphoneEvent.DigitPressed(digit));

    internal Task UseHereAsync() => InvokeSessionAsync("takeOver");

    internal Task<string> EnableNotificationsAsync() => Module.InvokeAsync("enableNotifications", "unsupported");

    internal async Task SetAvailabilityAsync(Availability availability)
    {
        await Presence.ChooseAsync(userId!, availability);
        Line = Line! with { Availability = availability };
        MyPresence = await Presence.StatusOfAsync(userId!);
    }

    internal Task<AudioDevices> AudioDevicesAsync() => Module.InvokeAsync("audioDevices", new AudioDevices([], []));

    internal Task SetInputAsync(string id) => InvokeSessionAsync("setInput", id);

    internal Task SetOutputAsync(string id) => InvokeSessionAsync("setOutput", id);

    internal async Task CloseWrapUpAsync()
    {
        await DispatchAsync(new SoftphoneEvent.WrapUpClosed());
        await Presence.WrapUpDoneAsync(userId!);
    }

    private Task DismissErrorAsync() => DispatchAsync(new SoftphoneEvent.ErrorDismissed());

    internal async Task RefreshRecentAsync()
    {
        Recent = userId is null ? [] : await Calls.RecentAsync(userId, 30);
    }

    private async Task OnDialRequestedAsync(DialRequest request) => await InvokeAsync(() => StartCallAsync(request));

    public async ValueTask DisposeAsync()
    {
        Controller.DialRequested -= OnDialRequestedAsync;
        LineChanges.Published -= OnLineChanged;
        PresenceChanges.Published -= OnPresenceChanged;
        ticker?.Dispose();
        await Module.DisposeAsync();
        self?.Dispose();
    }
}
