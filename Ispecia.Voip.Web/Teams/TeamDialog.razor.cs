using FluentValidation;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ispecia.Voip.Web.Teams;

public partial class TeamDialog
{
    private MudForm? form;
    private TeamRequest model = new();
    private IReadOnlyList<VoipUserOption> lines = [];
    private string? loadError;
    private string? saveError;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private TeamService Teams { get; set; } = default!;

    [Inject]
    private LineAdministration Lines { get; set; } = default!;

    [Inject]
    private IValidator<TeamRequest> Validator { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    /// <summary>The team to edit; null for a new one.</summary>
    [Parameter]
    public int? TeamId { get; set; }

    /// <summary>Opens the dialog; returns the saved team's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? teamId)
    {
        var parameters = new DialogParameters<TeamDialog> { { d => d.TeamId, teamId } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<TeamDialog>(teamId is null ? "New team" : "Edit team", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: int id } ? id : null;
    }

    protected override async Task OnInitializedAsync()
    {
        lines = await Lines.ListLinesAsync();
        if (TeamId is not { } id)
        {
            return;
        }

        var team = await Teams.GetAsync(id);
        if (team is null)
        {
            loadError = "This team no longer exists; it may have been deleted.";
            return;
        }

        model = team;
    }

    private void MembersChanged(IEnumerable<string?>? selected) => model.MemberIds = (selected ?? []).OfType<string>().ToList();

    private string MembersText(IReadOnlyList<string> selected) =>
        string.Join(", ", selected.Select(id => lines.FirstOrDefault(l => l.UserId == id)?.DisplayName ?? id));

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
            var id = await Teams.SaveAsync(model, await AuthState.GetActorAsync());
            if (id is null)
            {
                saveError = "This team no longer exists; it may have been deleted.";
                return;
            }

            Dialog.Close(DialogResult.Ok(id.Value));
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
