using FluentValidation;

namespace Ispecia.Voip.Tests.Accounts;

public sealed class UserAdministrationTests : IAsyncLifetime
{
    private AdminServices services = null!;

    private UserAdministration Users => services.Get<UserAdministration>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task CreateUserAsync_Valid_UserCanSignInWithTheRoleAndItIsAudited()
    {
        var id = await Users.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        await using var scope = services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(id))!;
        Assert.True(await users.CheckPasswordAsync(user, "Welcome!2026"));
        Assert.Equal([Roles.Agent], await users.GetRolesAsync(user));
        var row = Assert.Single(await Users.ListUsersAsync(Cancel));
        Assert.Equal(("dana@example.com", "Dana Diaz", Roles.Agent, true, null), (row.Email, row.DisplayName, row.Role, row.IsActive, row.Line));
        var entry = Assert.Single(await services.AuditAsync());
        Assert.Equal(("User", id, AuditActions.Created), (entry.Entity, entry.EntityId, entry.Action));
        Assert.DoesNotContain("Welcome!2026", entry.Changes + entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUserAsync_WeakPasswordAndTakenEmail_ExplainsBothAndCreatesNobody()
    {
        await Users.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);
        var again = NewAgent();
        again.Email = "DANA@example.com";
        again.Password = "short";

        var error = await Assert.ThrowsAsync<ValidationException>(() => Users.CreateUserAsync(again, AdminServices.Admin, Cancel));

        Assert.Contains(error.Errors, e => e.PropertyName == "Email" && e.ErrorMessage == "DANA@example.com already has an account.");
        Assert.Contains(error.Errors, e => e.PropertyName == "Password" && e.ErrorMessage.StartsWith("The password needs", StringComparison.Ordinal));
        Assert.Single(await Users.ListUsersAsync(Cancel));
    }

    [Fact]
    public async Task ResetPasswordAsync_RefusedPassword_KeepsTheOldOne()
    {
        var id = await Users.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        await Assert.ThrowsAsync<ValidationException>(() =>
            Users.ResetPasswordAsync(new ResetPasswordRequest { UserId = id, NewPassword = "weak" }, AdminServices.Admin, Cancel));

        Assert.True(await CheckPasswordAsync(id, "Welcome!2026"));
    }

    [Fact]
    public async Task ResetPasswordAsync_Valid_ReplacesItAndAuditsRedacted()
    {
        var id = await Users.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        var result = await Users.ResetPasswordAsync(new ResetPasswordRequest { UserId = id, NewPassword = "Changed!2027" }, AdminServices.Admin, Cancel);

        Assert.True(result.Succeeded);
        Assert.True(await CheckPasswordAsync(id, "Changed!2027"));
        Assert.False(await CheckPasswordAsync(id, "Welcome!2026"));
        var entry = (await services.AuditAsync()).Last();
        Assert.Equal(AuditActions.PasswordReset, entry.Action);
        Assert.Equal(new AuditFieldChange("Password", "[redacted]", "[redacted] (changed)"), Assert.Single(AuditLog.ReadChanges(entry.Changes)));
        Assert.DoesNotContain("Changed!2027", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetActiveAsync_Yourself_Refused()
    {
        var id = await Users.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        var result = await Users.SetActiveAsync(id, active: false, new AuditActor(id, "dana@example.com"), Cancel);

        Assert.Equal(AccountChangeResult.Refused("You cannot deactivate yourself; ask another admin."), result);
        Assert.True(Assert.Single(await Users.ListUsersAsync(Cancel)).IsActive);
    }

    [Fact]
    public async Task SetActiveAsync_Deactivate_StoresAndChangesTheSecurityStamp()
    {
        var id = await Users.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);
        var stamp = await StampAsync(id);

        var result = await Users.SetActiveAsync(id, active: false, AdminServices.Admin, Cancel);

        Assert.True(result.Succeeded);
        Assert.False(Assert.Single(await Users.ListUsersAsync(Cancel)).IsActive);
        Assert.NotEqual(stamp, await StampAsync(id));
        Assert.Equal(AuditActions.Disabled, (await services.AuditAsync()).Last().Action);
    }

    [Fact]
    public async Task UpdateUserAsync_OwnAdminRole_CannotBeTakenAway()
    {
        var request = NewAgent();
        request.Role = Roles.Admin;
        var id = await Users.CreateUserAsync(request, AdminServices.Admin, Cancel);

        var result = await Users.UpdateUserAsync(new UpdateUserRequest { UserId = id, DisplayName = "Dana", Role = Roles.Agent }, new AuditActor(id, "dana"), Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(Roles.Admin, Assert.Single(await Users.ListUsersAsync(Cancel)).Role);
    }

    [Fact]
    public async Task UpdateUserAsync_NewRole_ReplacesTheOldOne()
    {
        var id = await Users.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        await Users.UpdateUserAsync(new UpdateUserRequest { UserId = id, DisplayName = "Dana D.", Role = Roles.Supervisor }, AdminServices.Admin, Cancel);

        var row = Assert.Single(await Users.ListUsersAsync(Cancel));
        Assert.Equal(("Dana D.", Roles.Supervisor), (row.DisplayName, row.Role));
    }

    [Fact]
    public async Task SetActiveAsync_Deactivated_AnnouncesTheAccessAndTheLineChange()
    {
        var id = await services.AddUserAsync("Dana Diaz", "dana", "150");
        var (access, lines) = (new List<string>(), new List<string>());
        services.Get<UserAccessChanges>().Published += access.Add;
        services.Get<LineChanges>().Published += lines.Add;

        await Users.SetActiveAsync(id, active: false, AdminServices.Admin, Cancel);

        Assert.Equal([id], access);
        Assert.Equal([id], lines);
    }

    private static CreateUserRequest NewAgent() => new()
    {
        Email = "dana@example.com", DisplayName = "Dana Diaz", Role = Roles.Agent, Password = "Welcome!2026",
    };

    private async Task<bool> CheckPasswordAsync(string id, string password)
    {
        await using var scope = services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(id))!, password);
    }

    private async Task<string?> StampAsync(string id)
    {
        await using var scope = services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetSecurityStampAsync((await users.FindByIdAsync(id))!);
    }
}
