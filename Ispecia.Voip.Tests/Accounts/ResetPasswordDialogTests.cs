namespace Ispecia.Voip.Tests.Accounts;

public sealed class ResetPasswordDialogTests : AdminComponentTestContext
{
    private const string OldPassword = "Welcome!2026";

    [Theory]
    [InlineData("", "Enter a password.")]
    [InlineData("abc", "The password needs at least 6 characters, an upper-case letter, a digit and a symbol such as ! or #.")]
    [InlineData("NEWPASS!9", "The password needs a lower-case letter.")]
    public async Task Save_PasswordBreaksTheRules_SaysWhatIsMissingAndKeepsTheOld(string password, string message)
    {
        var id = await CreateAsync();
        var (provider, _) = await OpenAsync(id);
        provider.Find("input[data-testid=user-new-password]").Change(password);

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        provider.WaitForAssertion(() => Assert.Contains(message, provider.Markup, StringComparison.Ordinal));
        Assert.True(await PasswordWorksAsync(id, OldPassword));
    }

    [Fact]
    public async Task Save_ValidPassword_ReplacesTheOldAndAuditsItRedacted()
    {
        var id = await CreateAsync();
        var (provider, result) = await OpenAsync(id);
        provider.Find("input[data-testid=user-new-password]").Change("Brand-New-Pass-7");

        await ClickAsync(provider.Find("[data-testid=user-save]"));

        Assert.Equal("New password set for Bea Silva; they are signed out everywhere.", await result.WaitAsync(TimeSpan.FromSeconds(10), Cancel));
        Assert.True(await PasswordWorksAsync(id, "Brand-New-Pass-7"));
        Assert.False(await PasswordWorksAsync(id, OldPassword));
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.PasswordReset, Cancel);
        Assert.Equal((id, AdminEmail), (entry.EntityId, entry.UserName));
        Assert.DoesNotContain("Brand-New-Pass-7", entry.Summary + entry.Changes, StringComparison.Ordinal);
    }

    private Task<string> CreateAsync() => Get<UserAdministration>().CreateUserAsync(
        new CreateUserRequest { Email = "bea@example.com", DisplayName = "Bea Silva", Password = OldPassword }, Admin, Cancel);

    private Task<(IRenderedComponent<MudDialogProvider> Provider, Task<string?> Result)> OpenAsync(string userId) =>
        OpenDialogAsync(dialogs => ResetPasswordDialog.ShowAsync(dialogs, userId, "Bea Silva"), "[data-testid=user-save]");

    private async Task<bool> PasswordWorksAsync(string userId, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(userId))!, password);
    }
}
