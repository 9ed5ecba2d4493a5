using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Phone;
using Ispecia.Voip.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ispecia.Voip.Web.Accounts;

public partial class AccountsPage
{
    private IReadOnlyList<UserRow>? users;
    private string? search;
    private string? error;

    // Bumped when a change is refused, so the switches are made again and show what is stored: a MudSwitch keeps
    // the value it was clicked to when the value it is given has not changed.
    private int switchGeneration;

    [Inject]
    private UserAdministration Users { get; set; } = default!;

    [Inject]
    private PhoneNumberService Phones { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => users = await Users.ListUsersAsync();

    private bool Matches(UserRow user) =>
        string.IsNullOrWhiteSpace(search)
        || user.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase)
        || user.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (user.Line?.Identity.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);

    private async Task CreateAsync()
    {
        if (await CreateUserDialog.ShowAsync(Dialogs) is { } message)
        {
            Snackbar.Add(message, Severity.Success);
            await LoadAsync();
        }
    }

    private async Task EditAsync(UserRow user) => await AfterAsync(await EditUserDialog.ShowAsync(Dialogs, user));

    private async Task EditLineAsync(UserRow user) => await AfterAsync(await VoipAccountDialog.ShowAsync(Dialogs, user));

    private async Task ResetPasswordAsync(UserRow user) => await AfterAsync(await ResetPasswordDialog.ShowAsync(Dialogs, user.Id, user.DisplayName));

    private async Task SetActiveAsync(UserRow user, bool active)
    {
        error = null;
        var result = await Users.SetActiveAsync(user.Id, active, await AuthState.GetActorAsync());
        if (result.Succeeded)
        {
            Snackbar.Add(result.Message, Severity.Success);
        }
        else
        {
            error = result.Message;
            switchGeneration++;
        }

        await LoadAsync();
    }

    private async Task AfterAsync(string? message)
    {
        if (message is not null)
        {
            Snackbar.Add(message, Severity.Success);
        }

        await LoadAsync();
    }
}
