using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Reports;
using Ispecia.Voip.Web.Calls;
using Ispecia.Voip.Web.Calls.Events;

namespace Ispecia.Voip.Web.Presence;

/// <summary>
/// The floor at a glance for supervisors, readable on a wall screen: every agent's presence and call, every queue's
/// waiting callers, and today's calls counted as the reports count them. Presence changes and call and queue events
/// (from any instance, through the feeds) reload it; a one-second tick keeps the durations running without a query.
/// </summary>
public sealed partial class WallboardPage : IDisposable
{
    private IReadOnlyList<AgentOnBoard> agents = [];
    private IReadOnlyList<QueueFigures> queues = [];
    private ReportFigures? today;
    private CallViewer viewer = new("", SeesEveryone: true);
    private DateTime now;
    private Timer? ticker;
    private int reloading;

    [Inject] private PresenceBoard Board { get; set; } = default!;
    [Inject] private QueueBoard QueueBoard { get; set; } = default!;
    [Inject] private ReportQueryService Reports { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private PresenceFeed PresenceChanges { get; set; } = default!;
    [Inject] private CallEventsFeed CallEvents { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private int AvailableCount => agents.Count(a => a.Status == PresenceStatus.Available);

    private (string Label, int Value, Color Color, string TestId)[] Counters =>
    [
        ("Answered today", (int)(today?.Answered ?? 0), Color.Success, "wallboard-answered"),
        ("Missed today", (int)(today?.Missed ?? 0), Color.Error, "wallboard-missed"),
        ("Abandoned today", (int)(today?.Abandoned ?? 0), Color.Warning, "wallboard-abandoned"),
        ("On a call", agents.Count(a => a.Status == PresenceStatus.OnCall), Color.Info, "wallboard-on-call"),
    ];

    protected override async Task OnInitializedAsync()
    {
        viewer = (await Auth.GetAuthenticationStateAsync()).User.ToCallViewer();
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
        queues = await QueueBoard.FiguresAsync();
        today = (await Reports.RunAsync(new ReportFilter(viewer, ReportRange.Today(Clock.GetUtcNow())))).Total;
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
