using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Web.Calls.Events;

namespace Ispecia.Voip.Web.Queues;

/// <summary>
/// The callers waiting in the agent's queues, live, longest waiting first, in the softphone. Take connects the agent to
/// the front caller of that queue (the one Twilio's &lt;Dial&gt;&lt;Queue&gt; hands over).
/// </summary>
public partial class QueueWaitingList
{
    private IReadOnlyList<WaitingCaller> waiting = [];
    private Timer? ticker;

    [Inject] private QueueBoard Board { get; set; } = default!;
    [Inject] private CallEventsFeed Feed { get; set; } = default!;
    [Inject] private PhoneNumberService Phones { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public string UserId { get; set; } = "";

    /// <summary>The agent took a caller: the softphone places the take.</summary>
    [Parameter]
    public EventCallback<WaitingCaller> OnTake { get; set; }

    /// <summary>True while the softphone cannot place a call.</summary>
    [Parameter]
    public bool Disabled { get; set; }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        Feed.Published += OnEvent;
        waiting = await Board.WaitingForAsync(UserId);
        // The time waiting counts up by itself: drawn again every second while someone waits.
        ticker = new Timer(_ => InvokeAsync(() => { if (waiting.Count > 0) { StateHasChanged(); } }), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private bool IsFront(WaitingCaller caller) => waiting.First(w => w.QueueId == caller.QueueId).EntryId == caller.EntryId;

    private void OnEvent(object item)
    {
        if (item is QueueChangedEvent)
        {
            _ = InvokeAsync(async () =>
            {
                waiting = await Board.WaitingForAsync(UserId);
                StateHasChanged();
            });
        }
    }

    public void Dispose()
    {
        Feed.Published -= OnEvent;
        ticker?.Dispose();
    }
}
