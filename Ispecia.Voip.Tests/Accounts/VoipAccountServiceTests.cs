using FluentValidation;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Accounts.Model;
using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ispecia.Voip.Tests.Accounts;

public sealed class VoipAccountServiceTests : IAsyncLifetime
{
    private const string MainNumber = "+14155550100";

    private AdminServices services = null!;

    private VoipAccountService Accounts => services.Get<VoipAccountService>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        services = await AdminServices.StartAsync(new Dictionary<string, string?> { ["Twilio:PhoneNumber"] = MainNumber });

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task CreateUserAsync_Valid_UserCanSignInWithTheRoleAndItIsAudited()
    {
        var id = await Accounts.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        await using var scope = services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(id))!;
        Assert.True(await users.CheckPasswordAsync(user, "Welcome!2026"));
        Assert.Equal([Roles.Agent], await users.GetRolesAsync(user));
        var row = Assert.Single(await Accounts.ListUsersAsync(Cancel));
        Assert.Equal(("dana@example.com", "Dana Diaz", Roles.Agent, true, null), (row.Email, row.DisplayName, row.Role, row.IsActive, row.Line));
        var entry = Assert.Single(await services.AuditAsync());
        Assert.Equal(("User", id, AuditActions.Created), (entry.Entity, entry.EntityId, entry.Action));
        Assert.DoesNotContain("Welcome!2026", entry.Changes + entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUserAsync_WeakPasswordAndTakenEmail_ExplainsBothAndCreatesNobody()
    {
        await Accounts.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);
        var again = NewAgent();
        again.Email = "DANA@example.com";
        again.Password = "short";

        var error = await Assert.ThrowsAsync<ValidationException>(() => Accounts.CreateUserAsync(again, AdminServices.Admin, Cancel));

        Assert.Contains(error.Errors, e => e.PropertyName == "Email" && e.ErrorMessage == "DANA@example.com already has an account.");
        Assert.Contains(error.Errors, e => e.PropertyName == "Password" && e.ErrorMessage.StartsWith("The password needs", StringComparison.Ordinal));
        Assert.Single(await Accounts.ListUsersAsync(Cancel));
    }

    [Fact]
    public async Task ResetPasswordAsync_RefusedPassword_KeepsTheOldOne()
    {
        var id = await Accounts.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        await Assert.ThrowsAsync<ValidationException>(() =>
            Accounts.ResetPasswordAsync(new ResetPasswordRequest { UserId = id, NewPassword = "weak" }, AdminServices.Admin, Cancel));

        Assert.True(await CheckPasswordAsync(id, "Welcome!2026"));
    }

    [Fact]
    public async Task ResetPasswordAsync_Valid_ReplacesItAndAuditsRedacted()
    {
        var id = await Accounts.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        var result = await Accounts.ResetPasswordAsync(new ResetPasswordRequest { UserId = id, NewPassword = "Changed!2027" }, AdminServices.Admin, Cancel);

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
        var id = await Accounts.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        var result = await Accounts.SetActiveAsync(id, active: false, new AuditActor(id, "dana@example.com"), Cancel);

        Assert.Equal(AccountChangeResult.Refused("You cannot deactivate yourself; ask another admin."), result);
        Assert.True(Assert.Single(await Accounts.ListUsersAsync(Cancel)).IsActive);
    }

    [Fact]
    public async Task SetActiveAsync_Deactivate_StoresAndChangesTheSecurityStamp()
    {
        var id = await Accounts.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);
        var stamp = await StampAsync(id);

        var result = await Accounts.SetActiveAsync(id, active: false, AdminServices.Admin, Cancel);

        Assert.True(result.Succeeded);
        Assert.False(Assert.Single(await Accounts.ListUsersAsync(Cancel)).IsActive);
        Assert.NotEqual(stamp, await StampAsync(id));
        Assert.Equal(AuditActions.Disabled, (await services.AuditAsync()).Last().Action);
    }

    [Fact]
    public async Task UpdateUserAsync_OwnAdminRole_CannotBeTakenAway()
    {
        var request = NewAgent();
        request.Role = Roles.Admin;
        var id = await Accounts.CreateUserAsync(request, AdminServices.Admin, Cancel);

        var result = await Accounts.UpdateUserAsync(new UpdateUserRequest { UserId = id, DisplayName = "Dana", Role = Roles.Agent }, new AuditActor(id, "dana"), Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(Roles.Admin, Assert.Single(await Accounts.ListUsersAsync(Cancel)).Role);
    }

    [Fact]
    public async Task UpdateUserAsync_NewRole_ReplacesTheOldOne()
    {
        var id = await Accounts.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        await Accounts.UpdateUserAsync(new UpdateUserRequest { UserId = id, DisplayName = "Dana D.", Role = Roles.Supervisor }, AdminServices.Admin, Cancel);

        var row = Assert.Single(await Accounts.ListUsersAsync(Cancel));
        Assert.Equal(("Dana D.", Roles.Supervisor), (row.DisplayName, row.Role));
    }

    [Fact]
    public async Task GetVoipAccountAsync_NoAccountYet_ProposesFreeIdentityAndExtension()
    {
        await services.AddUserAsync("Dana Diaz", "dana.diaz", "101");
        var id = await Accounts.CreateUserAsync(NewAgent(), AdminServices.Admin, Cancel);

        var proposal = await Accounts.GetVoipAccountAsync(id, Cancel);

        Assert.Equal(("dana.diaz2", "102"), (proposal!.Identity, proposal.Extension));
    }

    [Fact]
    public async Task SaveVoipAccountAsync_OwnedCallerId_StoresItAsE164()
    {
        var id = await services.AddUserAsync("Dana Diaz");

        var result = await Accounts.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = "dana", Extension = "150", CallerId = "(415) 555-0100" }, AdminServices.Admin, Cancel);

        Assert.True(result.Succeeded);
        var line = Assert.Single(await Accounts.ListUsersAsync(Cancel)).Line;
        Assert.Equal(new VoipLineView("dana", "150", MainNumber, true), line);
    }

    [Fact]
    public async Task SaveVoipAccountAsync_SavedOrRefused_OnlyASavedLineIsAnnouncedToOpenSoftphones()
    {
        var id = await services.AddUserAsync("Dana Diaz");
        await services.AddUserAsync("Avery Agent", "avery", "101");
        var announced = new List<string>();
        services.Get<LineChanges>().Published += announced.Add;

        await Assert.ThrowsAsync<ValidationException>(() => Accounts.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = "dana", Extension = "101" }, AdminServices.Admin, Cancel));
        Assert.Empty(announced);
        await Accounts.SaveVoipAccountAsync(new VoipAccountRequest { UserId = id, Identity = "dana", Extension = "150" }, AdminServices.Admin, Cancel);

        Assert.Equal([id], announced);
    }

    [Fact]
    public async Task SetActiveAsync_Deactivated_AnnouncesTheAccessAndTheLineChange()
    {
        var id = await services.AddUserAsync("Dana Diaz", "dana", "150");
        var (access, lines) = (new List<string>(), new List<string>());
        services.Get<UserAccessChanges>().Published += access.Add;
        services.Get<LineChanges>().Published += lines.Add;

        await Accounts.SetActiveAsync(id, active: false, AdminServices.Admin, Cancel);

        Assert.Equal([id], access);
        Assert.Equal([id], lines);
    }

    [Fact]
    public async Task SaveVoipAccountAsync_TeamCallerIdIsOwned_Accepted()
    {
        var id = await services.AddUserAsync("Dana Diaz");
        await services.Get<TeamService>().SaveAsync(new TeamRequest { Name = "Support", CallerId = "+14155550102" }, AdminServices.Admin, Cancel);

        var result = await Accounts.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = "dana", CallerId = "+14155550102" }, AdminServices.Admin, Cancel);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task SaveVoipAccountAsync_BadValues_ExplainsEachAndStoresNothing()
    {
        await services.AddUserAsync("Avery Agent", "avery", "101");
        var id = await services.AddUserAsync("Dana Diaz");

        var error = await Assert.ThrowsAsync<ValidationException>(() => Accounts.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = "Avery", Extension = "101", CallerId = "+14155550199" }, AdminServices.Admin, Cancel));

        var messages = error.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Another user already has the identity 'Avery'.", messages["Identity"]);
        Assert.Equal("Extension 101 belongs to another user.", messages["Extension"]);
        Assert.Equal($"+14155550199 is not a number this app owns. Use one of {MainNumber}, or leave it empty.", messages["CallerId"]);
        Assert.Null((await Accounts.ListUsersAsync(Cancel)).Single(u => u.Id == id).Line);
    }

    [Theory]
    [InlineData("dana diaz", "1", "Use only letters", "Use 2 to 6 digits")]
    [InlineData("dana", "1234567", null, "Use 2 to 6 digits")]
    public async Task SaveVoipAccountAsync_BadFormats_Refused(string identity, string extension, string? identityError, string extensionError)
    {
        var id = await services.AddUserAsync("Dana Diaz");

        var error = await Assert.ThrowsAsync<ValidationException>(() => Accounts.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = identity, Extension = extension }, AdminServices.Admin, Cancel));

        Assert.Contains(error.Errors, e => e.PropertyName == "Extension" && e.ErrorMessage.StartsWith(extensionError, StringComparison.Ordinal));
        Assert.Equal(identityError is not null, error.Errors.Any(e => e.PropertyName == "Identity" && e.ErrorMessage.StartsWith(identityError!, StringComparison.Ordinal)));
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
