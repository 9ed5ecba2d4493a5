namespace Ispecia.Voip.Tests.Accounts;

public sealed class EditUserDialogTests : AdminComponentTestContext
{
    [Fact]
    public async Task Save_NameAndRoleChanged_StoresBoth()
    {
        await CreateAsync("Bea Silva", Roles.Agent);
        var (provider, result) = await OpenAsync("Bea Silva");
        provider.Find("input[data-testid=user-name]").Change("Beatriz Silva");
        await SelectAsync(provider, "user-role", Roles.Supervisor);

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        Assert.Equal("Beatriz Silva saved.", await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel));
        var row = Assert.Single(await Get<UserAdministration>().ListUsersAsync(Cancel));
        Assert.Equal(("Beatriz Silva", Roles.Supervisor), (row.DisplayName, row.Role));
    }

    [Fact]
    public async Task Save_EmptyName_AsksForItAndKeepsTheOld()
    {
        await CreateAsync("Bea Silva", Roles.Agent);
        var (provider, _) = await OpenAsync("Bea Silva");
        provider.Find("input[data-testid=user-name]").Change("");

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        provider.WaitForAssertion(() => Assert.Contains("Enter the name colleagues and callers see.", provider.Markup, StringComparison.Ordinal));
        Assert.Equal("Bea Silva", Assert.Single(await Get<UserAdministration>().ListUsersAsync(Cancel)).DisplayName);
    }

    [Fact]
    public async Task Save_OwnAdminRoleRemoved_RefusedAndStillAdmin()
    {
        await CreateAsync("Admin Self", Roles.Admin, AdminId);
        var (provider, _) = await OpenAsync("Admin Self");
        await SelectAsync(provider, "user-role", Roles.Agent);

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        provider.WaitForAssertion(() => Assert.Equal(
            "You cannot take away your own admin role; ask another admin.", provider.Find("[data-testid=user-save-error]").TextContent.Trim()));
        Assert.Equal(Roles.Admin, Assert.Single(await Get<UserAdministration>().ListUsersAsync(Cancel)).Role);
    }

    /// <summary>A user with a role; with <paramref name="id"/>, the row of the signed-in admin.</summary>
    private async Task CreateAsync(string name, string role, string? id = null)
    {
        var userId = await AddUserAsync(name, id: id);
        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded);
        Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync(userId))!, role)).Succeeded);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<string?> Result)> OpenAsync(string name)
    {
        var user = (await Get<UserAdministration>().ListUsersAsync(Cancel)).Single(u => u.DisplayName == name);
        return await OpenDialogAsync(dialogs => EditUserDialog.ShowAsync(dialogs, user), "[data-testid=user-save]");
    }
}
