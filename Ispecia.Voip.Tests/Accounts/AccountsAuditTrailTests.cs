using static Ispecia.Voip.Tests.Infrastructure.AuditAssert;

namespace Ispecia.Voip.Tests.Accounts;

/// <summary>
/// Changes to users and their VoIP accounts made through the service the accounts page calls are on the audit trail
/// (passwords never), and the audit page shows them.
/// </summary>
public sealed class AccountsAuditTrailTests(AdminApp app) : IClassFixture<AdminApp>
{
    private const string FirstPassword = "Welcome!2026-a";
    private const string SecondPassword = "Changed!2027-b";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private UserAdministration Users => app.Get<UserAdministration>();

    private LineAdministration Lines => app.Get<LineAdministration>();

    [Fact]
    public async Task UserChanges_CreateEditDeactivateResetPassword_AuditedWithTheDiffAndNoPassword()
    {
        var (after, since) = (await app.LastAuditIdAsync(), DateTime.UtcNow);
        var (id, email) = await CreateUserAsync("Dana Diaz");
        await Users.UpdateUserAsync(new UpdateUserRequest { UserId = id, DisplayName = "Dana D. Diaz", Role = Roles.Supervisor }, app.Admin, Ct);
        Assert.True((await Users.SetActiveAsync(id, active: false, app.Admin, Ct)).Succeeded);
        Assert.True((await Users.ResetPasswordAsync(new ResetPasswordRequest { UserId = id, NewPassword = SecondPassword }, app.Admin, Ct)).Succeeded);

        var entries = await ByAdminAsync(app, after, since,
            ("User", id, AuditActions.Created), ("User", id, AuditActions.Updated), ("User", id, AuditActions.Disabled), ("User", id, AuditActions.PasswordReset));
        Assert.Equal([new AuditFieldChange("Name", "Dana Diaz", "Dana D. Diaz"), new AuditFieldChange("Role", Roles.Agent, Roles.Supervisor)], Changes(entries[1]));
        Assert.Equal(new AuditFieldChange("Active", "yes", "no"), Assert.Single(Changes(entries[2])));
        Assert.All(entries, e => Assert.DoesNotContain(FirstPassword, e.Summary + e.Changes, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(SecondPassword, e.Summary + e.Changes, StringComparison.Ordinal));
        var rows = await ShownAsync(app, entries);
        Assert.Equal($"Created agent Dana Diaz ({email}).", rows[entries[0].Id].Summary);
        Assert.Contains($"Email: {email}", rows[entries[0].Id].Changes);
        Assert.Equal(["Name: Dana Diaz → Dana D. Diaz", "Role: Agent → Supervisor"], rows[entries[1].Id].Changes);
        Assert.Equal(["Active: yes → no"], rows[entries[2].Id].Changes);
        Assert.Equal(["Password: [redacted] → [redacted] (changed)"], rows[entries[3].Id].Changes);
    }

    [Fact]
    public async Task VoipAccountChanges_CreateEditDeactivate_AuditedWithTheDiffAndShown()
    {
        var (userId, _) = await CreateUserAsync("Eli Ford");
        var (after, since) = (await app.LastAuditIdAsync(), DateTime.UtcNow);
        var identity = Unique("eli").Replace(' ', '.');
        var request = new VoipAccountRequest { UserId = userId, Identity = identity, Extension = "7101" };
        Assert.True((await Lines.SaveVoipAccountAsync(request, app.Admin, Ct)).Succeeded);
        (request.Extension, request.CallerId) = ("7102", "(415) 555-0100");
        Assert.True((await Lines.SaveVoipAccountAsync(request, app.Admin, Ct)).Succeeded);
        request.IsActive = false;
        Assert.True((await Lines.SaveVoipAccountAsync(request, app.Admin, Ct)).Succeeded);

        var accountId = await app.InDbAsync(db => Task.FromResult(db.VoipAccounts.Single(a => a.UserId == userId).Id.ToString()));
        var entries = await ByAdminAsync(app, after, since,
            ("VoipAccount", accountId, AuditActions.Created), ("VoipAccount", accountId, AuditActions.Updated), ("VoipAccount", accountId, AuditActions.Updated));
        Assert.Equal([new AuditFieldChange("Extension", "7101", "7102"), new AuditFieldChange("CallerId", null, "+14155550100")], Changes(entries[1]));
        Assert.Equal(new AuditFieldChange("Active", "yes", "no"), Assert.Single(Changes(entries[2])));
        var rows = await ShownAsync(app, entries);
        Assert.Equal($"Created the VoIP account of Eli Ford ({identity}).", rows[entries[0].Id].Summary);
        Assert.Contains($"Identity: {identity}", rows[entries[0].Id].Changes);
        Assert.Equal(["Extension: 7101 → 7102", "CallerId: +14155550100"], rows[entries[1].Id].Changes);
        Assert.Equal(["Active: yes → no"], rows[entries[2].Id].Changes);
    }

    private async Task<(string Id, string Email)> CreateUserAsync(string name)
    {
        var email = $"{Unique("user").Replace(' ', '.')}@example.com";
        var id = await Users.CreateUserAsync(new CreateUserRequest { Email = email, DisplayName = name, Role = Roles.Agent, Password = FirstPassword }, app.Admin, Ct);
        return (id, email);
    }
}
