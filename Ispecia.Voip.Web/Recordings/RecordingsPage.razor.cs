using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Recordings;
using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Web.Recordings;

/// <summary>Settings -> VoIP -> Recordings: filter, play (seekable), download MP3/WAV, delete (admins).</summary>
public sealed partial class RecordingsPage
{
    private const int PageSize = 25;
    private MudDataGrid<RecordingRow>? grid;

    /// <summary>The newest recordings, when prerendering: the grid asks for ServerData only after its first interactive render.</summary>
    private IReadOnlyList<RecordingRow>? prerendered;
    private IReadOnlyList<(string UserId, string Name)> agents = [];
    private CallViewer viewer = new("", false);
    private DateTime? from;
    private DateTime? to;
    private CallDirection? direction;
    private string? agentId;
    private string? search;
    private bool loading;

    [Inject] private RecordingService Recordings { get; set; } = default!;
    [Inject] private SoftphoneLineService Lines { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Set only while prerendering on the server.</summary>
    [CascadingParameter] private HttpContext? PrerenderContext { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        viewer = new CallViewer(user.FindFirstValue(ClaimTypes.NameIdentifier)!, SeesEveryone: true);
        agents = await Lines.AgentsAsync();
        if (PrerenderContext is not null)
        {
            prerendered = (await Recordings.ListAsync(Filter(), new PageQuery(null, 0, PageSize))).Items;
        }
    }

    private RecordingFilter Filter() => new(viewer)
    {
        From = from?.ToUniversalTime(), To = to?.AddDays(1).ToUniversalTime(), Direction = direction, AgentUserId = agentId,
    };

    private async Task<GridData<RecordingRow>> LoadAsync(GridState<RecordingRow> state, CancellationToken ct)
    {
        loading = true;
        try
        {
            var page = await Recordings.ListAsync(Filter(), new PageQuery(search, state.Page, state.PageSize), ct);
            return new GridData<RecordingRow> { Items = page.Items, TotalItems = page.TotalCount };
        }
        finally
        {
            loading = false;
        }
    }

    private async Task DeleteAsync(RecordingRow row)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete recording?", $"The recording of {row.FromDisplay} → {row.ToDisplay} will be deleted at Twilio and here. This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Recordings.DeleteAsync(row.Id);
            Snackbar.Add("Recording deleted", Severity.Success);
        }
        catch (Exception ex) when (TwilioFailure.IsTwilioFailure(ex))
        {
            Snackbar.Add($"Twilio did not delete it ({TwilioFailure.Describe(ex)}). Nothing was deleted.", Severity.Error);
        }

        await grid!.ReloadServerData();
    }
}
