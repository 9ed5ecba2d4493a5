namespace Ispecia.Voip.Web.Softphone;

/// <summary>An admin changed this agent's line (switched on or off, new identity or extension): follow it without a reload.</summary>
public sealed partial class Softphone
{
    private void OnLineChanged(string changedUserId)
    {
        if (changedUserId == userId)
        {
            _ = InvokeAsync(() => DispatchAsync(new SoftphoneEvent.LineChanged()));
        }
    }

    /// <summary>Reloads the line and starts or stops the Device to match (the machine has made sure no call is cut).</summary>
    private async Task FollowLineChangeAsync()
    {
        if (userId is null)
        {
            return;
        }

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
            if (!Module.IsStarted)
            {
                await StartSessionAsync();
            }
        }

        StateHasChanged();
    }

    private async Task StopSessionAsync()
    {
        if (Module.IsStarted)
        {
            await DispatchAsync(new SoftphoneEvent.SessionStopped());
            await Module.StopAsync();
        }
    }
}
