namespace Ispecia.Voip.Web.Accounts;

public partial class AccountsPage
{
    private string? search;

    // Bumped when a change is refused, so the switches are made again and show what is stored: a MudSwitch keeps
    // the value it was clicked to when the value it is given has not changed.
    private int switchGeneration;

    [Inject]
    private UserAdministration Users { get; set; } = default!;

    [Inject]
    private PhoneNumberService Phones { get; set; } = default!;

    protected override Task<IReadOnlyList<UserRow>> ListAsync() => Users.ListUsersAsync();

    private bool Matches(UserRow user) =>
        string.IsNullOrWhiteSpace(search)
        || user.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase)
        || user.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (user.Line?.Identity.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);

    private async Task CreateAsync() => await AfterAddAsync(await CreateUserDialog.ShowAsync(Dialogs));

    private async Task EditAsync(UserRow user) => await AfterEditAsync(await EditUserDialog.ShowAsync(Dialogs, user));

    private async Task EditLineAsync(UserRow user) => await AfterEditAsync(await VoipAccountDialog.ShowAsync(Dialogs, user));

    private async Task ResetPasswordAsync(UserRow user) => await AfterEditAsync(await ResetPasswordDialog.ShowAsync(Dialogs, user.Id, user.DisplayName));

    private Task SetActiveAsync(UserRow user, bool active) => ChangeAsync(async actor =>
    {
        var result = await Users.SetActiveAsync(user.Id, active, actor);
        if (result.Succeeded)
        {
            return ChangeReport.Succeeded(result.Message);
        }

        switchGeneration++;
        return ChangeReport.Refused(result.Message);
    });
}
