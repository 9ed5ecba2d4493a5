using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Web.Routing;

public partial class RouteDialog
{
    private InboundRouteRequest model = new();
    private IReadOnlyList<VoipUserOption> lines = [];
    private IReadOnlyList<TeamRow> teams = [];
    private IReadOnlyList<TrunkRow> trunks = [];
    private IReadOnlyList<(int Id, string Name)> queues = [];

    [Inject]
    private InboundRouteService Routes { get; set; } = default!;

    [Inject]
    private LineAdministration Lines { get; set; } = default!;

    [Inject]
    private TeamService Teams { get; set; } = default!;

    [Inject]
    private TrunkService Trunks { get; set; } = default!;

    [Inject]
    private CallQueueService Queues { get; set; } = default!;

    /// <summary>The route to edit; null for a new one.</summary>
    [Parameter]
    public int? RouteId { get; set; }

    protected override string GoneMessage => "This route no longer exists; it may have been deleted.";

    /// <summary>Opens the dialog; returns the saved route's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? routeId) =>
        await OpenAsync(dialogs, routeId is null ? "New route" : "Edit route", new DialogParameters<RouteDialog> { { d => d.RouteId, routeId } }, MaxWidth.Medium)
            is { Data: int id } ? id : null;

    protected override async Task OnInitializedAsync()
    {
        lines = await Lines.ListLinesAsync();
        teams = await Teams.ListAsync();
        trunks = await Trunks.ListAsync();
        queues = await Queues.NamesAsync();
        if (RouteId is not { } id)
        {
            model.Priority = await Routes.NextPriorityAsync();
        }
        else if (await Routes.GetAsync(id) is { } route)
        {
            model = route;
        }
        else
        {
            ShowGone();
        }
    }

    protected override async Task<SaveOutcome> SaveModelAsync(AuditActor actor)
    {
        if (RouteId is not { } id)
        {
            return SaveOutcome.Saved(await Routes.CreateAsync(model, actor));
        }

        return await Routes.UpdateAsync(id, model, actor) ? SaveOutcome.Saved(id) : Gone();
    }

    private string AgentName(string? userId) => lines.FirstOrDefault(l => l.UserId == userId)?.DisplayName ?? "";

    private string TeamName(int? teamId) => teams.FirstOrDefault(t => t.Id == teamId)?.Name ?? "";

    private string QueueName(int? queueId) => queues.FirstOrDefault(q => q.Id == queueId).Name ?? "";

    private string TrunkName(int? trunkId) =>
        trunkId is null ? "Default (highest-priority active trunk)" : trunks.FirstOrDefault(t => t.Id == trunkId)?.Name ?? $"Trunk #{trunkId}";
}
