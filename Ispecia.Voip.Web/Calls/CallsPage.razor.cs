using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Web.Calls.Events;

namespace Ispecia.Voip.Web.Calls;

/// <summary>All calls for supervisors and admins: filters, newest first with "load more", detail, CSV export; live.</summary>
public sealed partial class CallsPage
{
    private static readonly string[] Results =
        [CallResult.Completed, CallResult.Missed, CallResult.Voicemail, CallResult.Busy, CallResult.NoAnswer, CallResult.Failed, CallResult.Canceled, CallResult.InProgress];

    private List<CallHistoryItem>? items;
    private string? nextCursor;
    private IReadOnlyList<(string UserId, string Name)> agents = [];
    private CallViewer viewer = new("", false);
    private DateTime? from;
    private DateTime? to;
    private CallDirection? direction;
    private string? result;
    private string? agentId;
    private string? search;

    [Inject] private CallHistoryService History { get; set; } = default!;
    [Inject] private SoftphoneLineService Lines { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private CallEventsFeed Feed { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private string ExportUrl => CallsExport.Url(Filter());

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        viewer = new CallViewer(user.FindFirstValue(ClaimTypes.NameIdentifier)!, SeesEveryone: true);
        agents = await Lines.AgentsAsync();
        Feed.Published += OnCallEvent;
        await ReloadAsync();
    }

    private CallHistoryFilter Filter() => new(viewer)
    {
        From = from?.ToUniversalTime(),
        To = to?.AddDays(1).ToUniversalTime(),
        Direction = direction,
        Result = result,
        AgentUserId = agentId,
        Search = string.IsNullOrWhiteSpace(search) ? null : search,
    };

    private async Task ReloadAsync()
    {
        var page = await History.PageAsync(Filter(), null, 50);
        items = [.. page.Items];
        nextCursor = page.NextCursor;
    }

    private async Task MoreAsync()
    {
        if (nextCursor is null || !CallHistoryCursor.TryParse(nextCursor, out var cursor))
        {
            return;
        }

        var page = await History.PageAsync(Filter(), cursor, 50);
        items!.AddRange(page.Items);
        nextCursor = page.NextCursor;
    }

    private Task OpenAsync(CallHistoryItem item) => CallDetailDialog.ShowAsync(Dialogs, item.Id);

    private void OnCallEvent(object _) => InvokeAsync(async () =>
    {
        await ReloadAsync();
        StateHasChanged();
    });

    public void Dispose() => Feed.Published -= OnCallEvent;
}
