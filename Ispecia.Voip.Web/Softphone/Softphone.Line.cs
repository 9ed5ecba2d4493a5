using Microsoft.JSInterop;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>An admin changed this agent's line (switched on or off, new identity or extension): follow it without a reload.</summary>
public sealed partial class Softphone
{
    private bool lineChangePending;

    private void OnLineChanged(string changedUserId)
    {
        if (changedUserId == userId)
        {
            _ = InvokeAsync(FollowLineChangeAsync);
        }
    }

    /// <summary>Reloads the line and starts or stops the Device to match; a call in progress is never cut, the change waits for its end.</summary>
    private async Task FollowLineChangeAsync()
    {
        if (userId is null)
        {
            return;
        }

        if (Call is not null && State is not SoftphoneState.Ended)
        {
            lineChangePending = true;
            return;
        }

        lineChangePending = false;
        var before = Line;
        Line = await Lines.FindAsync(userId);
        var wasActive = before is { IsActive: true };
        var isActive = Line is { IsActive: true };
        if (wasActive && (!isActive || before!.Identity != Line!.Identity))
        {
            await StopSessionAsync();
        }

        Controller.DialRequested -= OnDialRequestedAsync;
        if (isActive)
        {
            Controller.DialRequested += OnDialRequestedAsync;
            if (session is null)
            {
                await StartSessionAsync();
            }
        }

        StateHasChanged();
    }

    /// <summary>Unregisters the Device and closes the hub connection of this tab.</summary>
    private async Task StopSessionAsync()
    {
        if (session is null)
        {
            return;
        }

        var stopping = session;
        session = null;
        State = SoftphoneState.Offline;
        OtherTabActive = false;
        await stopping.InvokeVoidAsync("dispose");
        await stopping.DisposeAsync();
    }
}
