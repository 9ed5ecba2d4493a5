using Ispecia.Voip.Core.Trunks;
using Ispecia.Voip.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ispecia.Voip.Web.Trunks;

public partial class TrunksPage
{
    private IReadOnlyList<TrunkRow>? trunks;
    private string? error;
    private TrunkTestResult? test;
    private int? testing;

    [Inject]
    private TrunkService Trunks { get; set; } = default!;

    [Inject]
    private ITrunkConnectionTester Tester { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => trunks = await Trunks.ListAsync();

    private async Task AddAsync()
    {
        var next = trunks is { Count: > 0 } ? trunks.Max(t => t.Priority) + 1 : 1;
        if (await TrunkDialog.ShowAsync(Dialogs, trunkId: null, next) is not null)
        {
            Snackbar.Add("Trunk saved.", Severity.Success);
            await LoadAsync();
        }
    }

    private async Task EditAsync(TrunkRow trunk)
    {
        if (await TrunkDialog.ShowAsync(Dialogs, trunk.Id, trunk.Priority) is not null)
        {
            Snackbar.Add("Trunk saved.", Severity.Success);
        }

        // Reload either way: the trunk may have been deleted meanwhile.
        await LoadAsync();
    }

    private async Task SetActiveAsync(TrunkRow trunk, bool active)
    {
        error = null;
        if (!await Trunks.SetActiveAsync(trunk.Id, active, await AuthState.GetActorAsync()))
        {
            error = $"Trunk '{trunk.Name}' no longer exists.";
        }
        else
        {
            Snackbar.Add(active ? $"Trunk '{trunk.Name}' enabled." : $"Trunk '{trunk.Name}' disabled.", Severity.Success);
        }

        await LoadAsync();
    }

    private async Task TestAsync(TrunkRow trunk)
    {
        testing = trunk.Id;
        test = null;
        try
        {
            test = await Tester.TestAsync(trunk.Id, CancellationToken.None);
        }
        finally
        {
            testing = null;
        }
    }

    private async Task DeleteAsync(TrunkRow trunk)
    {
        error = null;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete trunk?", $"Delete trunk '{trunk.Name}'? Past calls keep their history.", yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var result = await Trunks.DeleteAsync(trunk.Id, await AuthState.GetActorAsync());
        if (result.Deleted)
        {
            Snackbar.Add(result.Message, Severity.Success);
        }
        else
        {
            error = $"Trunk '{trunk.Name}' was not deleted. {result.Message}";
        }

        await LoadAsync();
    }
}
