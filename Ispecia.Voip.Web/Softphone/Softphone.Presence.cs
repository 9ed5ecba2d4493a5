using Ispecia.Voip.Core.Presence;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>The agent's own presence, as the chip in the softphone header shows it, kept live from the presence feed.</summary>
public sealed partial class Softphone
{
    [Inject] private PresenceService Presence { get; set; } = default!;
    [Inject] private PresenceFeed PresenceChanges { get; set; } = default!;

    internal PresenceStatus MyPresence { get; private set; } = PresenceStatus.Offline;

    private async Task WatchPresenceAsync()
    {
        if (userId is null || Line is null)
        {
            return;
        }

        PresenceChanges.Published += OnPresenceChanged;
        MyPresence = await Presence.StatusOfAsync(userId);
    }

    private void OnPresenceChanged(PresenceChangedEvent change)
    {
        if (change.UserId != userId)
        {
            return;
        }

        _ = InvokeAsync(() =>
        {
            MyPresence = change.Status;
            StateHasChanged();
        });
    }
}
