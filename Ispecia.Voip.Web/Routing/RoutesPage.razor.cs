using Ispecia.Voip.Core.Phone;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ispecia.Voip.Web.Routing;

public partial class RoutesPage
{
    private IReadOnlyList<InboundRoute>? routes;
    private string? error;
    private bool busy;
    private int revision;

    [Inject]
    private InboundRouteService Routes { get; set; } = default!;

    [Inject]
    private PhoneNumberService Phones { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        routes = await Routes.ListAsync();
        revision++;
    }

    private bool IsFirst(InboundRoute route) => routes is { Count: > 0 } && routes[0].Id == route.Id;

    private bool IsLast(InboundRoute route) => routes is { Count: > 0 } && routes[^1].Id == route.Id;

    private async Task AddAsync()
    {
        if (await RouteDialog.ShowAsync(Dialogs, routeId: null) is not null)
        {
            Snackbar.Add("Route saved.", Severity.Success);
            await LoadAsync();
        }
    }

    private async Task EditAsync(InboundRoute route)
    {
        if (await RouteDialog.ShowAsync(Dialogs, route.Id) is not null)
        {
            Snackbar.Add("Route saved.", Severity.Success);
        }

        await LoadAsync();
    }

    private async Task MoveAsync(InboundRoute route, bool up)
    {
        busy = true;
        error = null;
        try
        {
            var actor = await AuthState.GetActorAsync();
            var moved = up ? await Routes.MoveUpAsync(route.Id, actor) : await Routes.MoveDownAsync(route.Id, actor);
            if (!moved)
            {
                error = $"Route '{route.Name}' could not move {(up ? "up" : "down")}: it is already {(up ? "first" : "last")}, or was deleted.";
            }

            await LoadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task SetActiveAsync(InboundRoute route, bool active)
    {
        error = null;
        if (!await Routes.SetActiveAsync(route.Id, active, await AuthState.GetActorAsync()))
        {
            error = $"Route '{route.Name}' no longer exists.";
        }

        await LoadAsync();
    }

    private async Task DeleteAsync(InboundRoute route)
    {
        error = null;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete route?", $"Delete route '{route.Name}'? Calls to {route.DidPattern} will go to the next matching route, or the default.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        if (await Routes.DeleteAsync(route.Id, await AuthState.GetActorAsync()))
        {
            Snackbar.Add($"Route '{route.Name}' deleted.", Severity.Success);
        }
        else
        {
            error = $"Route '{route.Name}' no longer exists.";
        }

        await LoadAsync();
    }
}
