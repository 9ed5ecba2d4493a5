using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Web.Routing;

public partial class RoutesPage
{
    private const string Saved = "Route saved.";

    private bool busy;

    // Bumped on every load, so a result the route tester shows is worked out again against the routes as they are now.
    private int revision;

    [Inject]
    private InboundRouteService Routes { get; set; } = default!;

    [Inject]
    private PhoneNumberService Phones { get; set; } = default!;

    [Inject]
    private Core.Queues.CallQueueService Queues { get; set; } = default!;

    /// <summary>Queue names by id, for routes that send callers to a queue.</summary>
    private IReadOnlyDictionary<int, string> QueueNames { get; set; } = new Dictionary<int, string>();

    protected override Task<IReadOnlyList<InboundRoute>> ListAsync() => Routes.ListAsync();

    protected override async Task LoadAsync()
    {
        QueueNames = (await Queues.NamesAsync()).ToDictionary(q => q.Id, q => q.Name);
        await base.LoadAsync();
        revision++;
    }

    private bool IsFirst(InboundRoute route) => Rows is { Count: > 0 } && Rows[0].Id == route.Id;

    private bool IsLast(InboundRoute route) => Rows is { Count: > 0 } && Rows[^1].Id == route.Id;

    private async Task AddAsync() => await AfterAddAsync(await RouteDialog.ShowAsync(Dialogs, routeId: null) is null ? null : Saved);

    private async Task EditAsync(InboundRoute route) => await AfterEditAsync(await RouteDialog.ShowAsync(Dialogs, route.Id) is null ? null : Saved);

    private async Task MoveAsync(InboundRoute route, bool up)
    {
        busy = true;
        try
        {
            await ChangeAsync(async actor =>
                await (up ? Routes.MoveUpAsync(route.Id, actor) : Routes.MoveDownAsync(route.Id, actor))
                    ? ChangeReport.Quiet
                    : ChangeReport.Refused($"Route '{route.Name}' could not move {(up ? "up" : "down")}: it is already {(up ? "first" : "last")}, or was deleted."));
        }
        finally
        {
            busy = false;
        }
    }

    private Task SetActiveAsync(InboundRoute route, bool active) => ChangeAsync(async actor =>
        await Routes.SetActiveAsync(route.Id, active, actor) ? ChangeReport.Quiet : ChangeReport.Refused($"Route '{route.Name}' no longer exists."));

    private Task DeleteAsync(InboundRoute route) => ConfirmDeleteAsync(
        "Delete route?", $"Delete route '{route.Name}'? Calls to {route.DidPattern} will go to the next matching route, or the default.",
        async actor => await Routes.DeleteAsync(route.Id, actor)
            ? ChangeReport.Succeeded($"Route '{route.Name}' deleted.")
            : ChangeReport.Refused($"Route '{route.Name}' no longer exists."));
}
