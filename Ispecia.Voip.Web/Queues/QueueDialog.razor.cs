using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Web.Queues;

public partial class QueueDialog
{
    private static readonly RouteDestination[] MaxWaitTargets =
        [RouteDestination.Voicemail, RouteDestination.Agent, RouteDestination.Team, RouteDestination.ExternalNumber, RouteDestination.Hangup];

    private CallQueueRequest model = new();
    private IReadOnlyList<VoipUserOption> lines = [];
    private IReadOnlyList<TeamRow> teams = [];

    [Inject]
    private CallQueueService Queues { get; set; } = default!;

    [Inject]
    private LineAdministration Lines { get; set; } = default!;

    [Inject]
    private TeamService Teams { get; set; } = default!;

    /// <summary>The queue to edit; null for a new one.</summary>
    [Parameter]
    public int? QueueId { get; set; }

    protected override string GoneMessage => "This queue no longer exists; it may have been deleted.";

    /// <summary>Opens the dialog; returns the saved queue's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? queueId) =>
        await OpenAsync(dialogs, queueId is null ? "New queue" : "Edit queue", new DialogParameters<QueueDialog> { { d => d.QueueId, queueId } }, MaxWidth.Medium)
            is { Data: int id } ? id : null;

    protected override async Task OnInitializedAsync()
    {
        lines = await Lines.ListLinesAsync();
        teams = await Teams.ListAsync();
        if (QueueId is not { } id)
        {
            return;
        }

        if (await Queues.GetAsync(id) is { } queue)
        {
            model = queue;
        }
        else
        {
            ShowGone();
        }
    }

    protected override async Task<SaveOutcome> SaveModelAsync(AuditActor actor)
    {
        model.Id = QueueId;
        return await Queues.SaveAsync(model, actor) is { } id ? SaveOutcome.Saved(id) : Gone();
    }

    private void MembersChanged(IEnumerable<string?>? selected) => model.MemberIds = (selected ?? []).OfType<string>().ToList();

    private string MembersText(IReadOnlyList<string> selected) =>
        string.Join(", ", selected.Select(id => lines.FirstOrDefault(l => l.UserId == id)?.DisplayName ?? id));

    private string AgentName(string? userId) => lines.FirstOrDefault(l => l.UserId == userId)?.DisplayName ?? "";

    private string TeamName(int? teamId) => teamId is null ? "No team" : teams.FirstOrDefault(t => t.Id == teamId)?.Name ?? "";
}
