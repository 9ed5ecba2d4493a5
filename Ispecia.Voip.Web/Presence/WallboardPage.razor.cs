using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Web.Calls.Events;

namespace Ispecia.Voip.Web.Presence;

/// <summary>
/// The floor at a glance for supervisors, readable on a wall screen: every agent's presence and call, and today's
/// calls. Presence changes and call events (from any instance, through the feeds) reload it; a one-second tick keeps
/// the durations running without a query.
/// </summary>
public sealed partial class WallboardPage : IDisposable
{
    private IReadOnlyList<AgentOnBoard> agents = [];
    private FloorToday today = new(0, 0);
    private DateTime now;
    private Timer? ticker;
    private int reloading;

    [Inject] private PresenceBoard Board { get; set; } = default!;
    [Inject] private PresenceFeed PresenceChanges { get; set; } = default!;
    [Inject] private CallEventsFeed CallEvents { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private int AvailableCount => agents.Count(a => a.Status == PresenceStatus.Available);

    private (string Label, int Value, Color Color, string TestId)[] Counters =>
    [
        ("Answered today", today.Answered, Color.Success, "wallboard-answered"),
        ("Missed today", today.Missed, Color.Error, "wallboard-missed"),
        ("On a call", agents.Count(a => a.Status == PresenceStatus.OnCall), Color.Info, "wallboard-on-call"),
    ];

    protected override async Task OnInitializedAsync()
    {
        now = Clock.GetUtcNow().UtcDateTime;
        await LoadAsync();
        PresenceChanges.Published += OnPresenceChanged;
        CallEvents.Published += OnCallEvent;
        ticker = new Timer(_ => InvokeAsync(() =>
        {
            now = Clock.GetUtcNow().UtcDateTime;
            StateHasChanged();
        }), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private async Task LoadAsync()
    {
        now = Clock.GetUtcNow().UtcDateTime;
        agents = await Board.AgentsAsync();
        today = await Board.TodayAsync(now.Date);
    }

    private void OnPresenceChanged(PresenceChangedEvent _) => Reload();

    private void OnCallEvent(object _) => Reload();

    /// <summary>A burst of events (a team call rings ten agents) reloads once, not ten times.</summary>
    private void Reload()
    {
        if (Interlocked.Exchange(ref reloading, 1) == 1)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), Clock);
                Interlocked.Exchange(ref reloading, 0);
                await LoadAsync();
                StateHasChanged();
            }
            catch (ObjectDisposedException)
            {
                // The page closed meanwhile.
            }
        });
    }

    public void Dispose()
    {
        PresenceChanges.Published -= OnPresenceChanged;
        CallEvents.Published -= OnCallEvent;
        ticker?.Dispose();
    }
}
