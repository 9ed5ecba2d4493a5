using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Web.Calls.Events;

namespace Ispecia.Voip.Web.Queues;

/// <summary>Supervisors' live view of the queues: size, longest wait and abandoned callers, read again whenever a queue changes.</summary>
public partial class QueueFiguresPanel
{
    private IReadOnlyList<QueueFigures>? figures;
    private Timer? ticker;

    [Inject] private QueueBoard Board { get; set; } = default!;
    [Inject] private CallEventsFeed Feed { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        Feed.Published += OnEvent;
        figures = await Board.FiguresAsync();
        // The longest wait grows by itself: drawn again every second while someone waits.
        ticker = new Timer(_ => InvokeAsync(() => { if (figures?.Any(f => f.Waiting > 0) == true) { StateHasChanged(); } }), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private void OnEvent(object item)
    {
        if (item is QueueChangedEvent)
        {
            _ = InvokeAsync(async () =>
            {
                figures = await Board.FiguresAsync();
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
