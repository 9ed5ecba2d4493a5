using FluentValidation;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;
using Ispecia.Voip.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ispecia.Voip.Web.Routing;

public partial class RouteDialog
{
    private MudForm? form;
    private InboundRouteRequest model = new();
    private IReadOnlyList<VoipUserOption> lines = [];
    private IReadOnlyList<TeamRow> teams = [];
    private IReadOnlyList<TrunkRow> trunks = [];
    private string? loadError;
    private string? saveError;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private InboundRouteService Routes { get; set; } = default!;

    [Inject]
    private LineAdministration Lines { get; set; } = default!;

    [Inject]
    private TeamService Teams { get; set; } = default!;

    [Inject]
    private TrunkService Trunks { get; set; } = default!;

    [Inject]
    private IValidator<InboundRouteRequest> Validator { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    /// <summary>The route to edit; null for a new one.</summary>
    [Parameter]
    public int? RouteId { get; set; }

    /// <summary>Opens the dialog; returns the saved route's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? routeId)
    {
        var parameters = new DialogParameters<RouteDialog> { { d => d.RouteId, routeId } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<RouteDialog>(routeId is null ? "New route" : "Edit route", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: int id } ? id : null;
    }

    protected override async Task OnInitializedAsync()
    {
        lines = await Lines.ListLinesAsync();
        teams = await Teams.ListAsync();
        trunks = await Trunks.ListAsync();
        if (RouteId is not { } id)
        {
            model.Priority = await Routes.NextPriorityAsync();
            return;
        }

        var route = await Routes.GetAsync(id);
        if (route is null)
        {
            loadError = "This route no longer exists; it may have been deleted.";
            return;
        }

        model = route;
    }

    private string AgentName(string? userId) => lines.FirstOrDefault(l => l.UserId == userId)?.DisplayName ?? "";

    private string TeamName(int? teamId) => teams.FirstOrDefault(t => t.Id == teamId)?.Name ?? "";

    private string TrunkName(int? trunkId) =>
        trunkId is null ? "Default (highest-priority active trunk)" : trunks.FirstOrDefault(t => t.Id == trunkId)?.Name ?? $"Trunk #{trunkId}";

    private async Task SaveAsync()
    {
        saveError = null;
        if (form is not null)
        {
            await form.ValidateAsync();
            if (!form.IsValid)
            {
                return;
            }
        }

        saving = true;
        try
        {
            var actor = await AuthState.GetActorAsync();
            if (RouteId is { } id)
            {
                if (!await Routes.UpdateAsync(id, model, actor))
                {
                    saveError = "This route no longer exists; it may have been deleted.";
                    return;
                }

                Dialog.Close(DialogResult.Ok(id));
            }
            else
            {
                Dialog.Close(DialogResult.Ok(await Routes.CreateAsync(model, actor)));
            }
        }
        catch (ValidationException ex)
        {
            saveError = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage));
        }
        finally
        {
            saving = false;
        }
    }
}
