using Microsoft.JSInterop;
using static Ispecia.Voip.Web.Softphone.SoftphoneEffect;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>Runs the machine: applies an event, keeps the call clock, and carries out the effects it asks for.</summary>
public sealed partial class Softphone
{
    /// <summary>An event from the browser: applied on the circuit's dispatcher, then shown.</summary>
    private Task UpdateAsync(SoftphoneEvent happened) => InvokeAsync(async () =>
    {
        await DispatchAsync(happened);
        StateHasChanged();
    });

    private async Task DispatchAsync(SoftphoneEvent happened)
    {
        var transition = SoftphoneMachine.Apply(current, happened);
        current = transition.State;
        KeepCallClock();
        foreach (var effect in transition.Effects)
        {
            await RunAsync(effect);
        }
    }

    private Task RunAsync(SoftphoneEffect effect) => effect switch
    {
        OpenPanel => ShowPanel(),
        Connect connect => ConnectAsync(connect),
        SendDigits digits => InvokeSessionAsync("sendDigits", digits.Digits),
        ClaimCall claim when userId is { } user => Calls.ClaimAsync(user, claim.CallId),
        FindCallId find when userId is { } user => FindCallIdAsync(user, find.CallSid),
        RefreshRecent => RefreshRecentAsync(),
        RefreshControl => RefreshControlAsync(),
        ReloadLine => FollowLineChangeAsync(),
        _ => Task.CompletedTask,
    };

    private Task ShowPanel()
    {
        Open = true;
        return Task.CompletedTask;
    }

    private async Task ConnectAsync(Connect connect)
    {
        try
        {
            await DispatchAsync(new SoftphoneEvent.Placed(await Module.InvokeAsync<string?>("connect", null, connect.Parameters())));
        }
        catch (JSException ex)
        {
            await DispatchAsync(new SoftphoneEvent.Failed(0, ex.Message));
        }
    }

    private async Task FindCallIdAsync(string user, string callSid) =>
        await DispatchAsync(new SoftphoneEvent.CallIdFound(callSid, (await Calls.FindBySidAsync(user, callSid))?.Id));

    /// <summary>The panel shows the call's duration: while in a call it is drawn again every second.</summary>
    private void KeepCallClock()
    {
        if (State is SoftphoneState.InCall)
        {
            ticker ??= new Timer(_ => InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
        else if (ticker is not null)
        {
            ticker.Dispose();
            ticker = null;
        }
    }

    private async Task InvokeSessionAsync(string method, params object?[] args)
    {
        try
        {
            await Module.InvokeVoidAsync(method, args);
        }
        catch (JSException ex)
        {
            await DispatchAsync(new SoftphoneEvent.Failed(0, ex.Message));
        }
    }
}
