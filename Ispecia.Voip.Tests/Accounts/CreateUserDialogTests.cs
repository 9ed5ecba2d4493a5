namespace Ispecia.Voip.Tests.Accounts;

public sealed class CreateUserDialogTests : AdminComponentTestContext
{
    [Fact]
    public async Task Save_EmptyForm_AsksForEmailNameAndPasswordAndCreatesNobody()
    {
        var (provider, _) = await OpenAsync();

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Enter the email address the user signs in with.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter the name colleagues and callers see.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Enter a password.", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Empty(await Get<UserAdministration>().ListUsersAsync(Cancel));
    }

    [Fact]
    public async Task Save_BadEmailAndWeakPassword_ExplainsBoth()
    {
        var (provider, _) = await OpenAsync();
        provider.Find("input[data-testid=user-email]").Change("bea.example.com");
        provider.Find("input[data-testid=user-name]").Change("Bea Silva");
        provider.Find("input[data-testid=user-password]").Change("welcome");

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Enter an email address like name@example.com.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("The password needs an upper-case letter, a digit and a symbol such as ! or #.", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Empty(await Get<UserAdministration>().ListUsersAsync(Cancel));
    }

    [Fact]
    public async Task Save_EmailAlreadyTaken_SaysSoAndCreatesNobody()
    {
        await AddUserAsync("Bea Silva");
        var (provider, _) = await OpenAsync();
        provider.Find("input[data-testid=user-email]").Change("BEA.SILVA@example.com ");
        provider.Find("input[data-testid=user-name]").Change("Bea Again");
        provider.Find("input[data-testid=user-password]").Change("Welcome!2026");

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        provider.WaitForAssertion(() => Assert.Contains("BEA.SILVA@example.com already has an account.", provider.Markup, StringComparison.Ordinal));
        Assert.Single(await Get<UserAdministration>().ListUsersAsync(Cancel));
    }

    [Fact]
    public async Task RolePicker_Opened_OffersTheThreeRoles()
    {
        var (provider, _) = await OpenAsync();

        Assert.Equal([Roles.Agent, Roles.Supervisor, Roles.Admin], await OpenSelectAsync(provider, "user-role"));
    }

    [Fact]
    public async Task Save_ValidSupervisor_CreatesThemWithTheRoleAndPassword()
    {
        var (provider, result) = await OpenAsync();
        provider.Find("input[data-testid=user-email]").Change(" bea@example.com");
        provider.Find("input[data-testid=user-name]").Change("Bea Silva ");
        await SelectAsync(provider, "user-role", Roles.Supervisor);
        provider.Find("input[data-testid=user-password]").Change("Welcome!2026");

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        Assert.Equal("Bea Silva can now sign in as bea@example.com.", await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel));
        var row = Assert.Single(await Get<UserAdministration>().ListUsersAsync(Cancel));
        Assert.Equal(("bea@example.com", "Bea Silva", Roles.Supervisor, true), (row.Email, row.DisplayName, row.Role, row.IsActive));
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(row.Id))!, "Welcome!2026"));
    }

    private Task<(IRenderedComponent<MudDialogProvider> Provider, Task<string?> Result)> OpenAsync() =>
        OpenDialogAsync(CreateUserDialog.ShowAsync, "[data-testid=user-save]");
}
