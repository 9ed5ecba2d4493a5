using FluentValidation;

namespace Ispecia.Voip.Tests.Teams;

public sealed class TeamServiceTests : IAsyncLifetime
{
    private AdminServices services = null!;

    private TeamService Teams => services.Get<TeamService>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task SaveAsync_NewTeamWithMembers_StoresThemAndNormalisesTheCallerId()
    {
        var ana = await services.AddUserAsync("Ana Lima", "ana.lima", "201");
        var ben = await services.AddUserAsync("Ben Ode", "ben.ode", "202");

        var id = await Teams.SaveAsync(new TeamRequest { Name = "Sales", CallerId = "(415) 555-0100", MemberIds = [ana, ben] }, AdminServices.Admin, Cancel);

        var row = Assert.Single(await Teams.ListAsync(Cancel));
        Assert.Equal((id, "Sales", "+14155550100"), (row.Id, row.Name, row.CallerId));
        Assert.Equal(["Ana Lima", "Ben Ode"], row.Members.Select(m => m.DisplayName));
        var entry = Assert.Single(await services.AuditAsync());
        Assert.Contains(new AuditFieldChange("Members", null, "Ana Lima, Ben Ode"), AuditLog.ReadChanges(entry.Changes));
    }

    [Fact]
    public async Task SaveAsync_ChangedMembers_ReplacesThemAndAuditsTheDifference()
    {
        var ana = await services.AddUserAsync("Ana Lima", "ana.lima");
        var ben = await services.AddUserAsync("Ben Ode", "ben.ode");
        var id = await Teams.SaveAsync(new TeamRequest { Name = "Sales", MemberIds = [ana] }, AdminServices.Admin, Cancel);

        await Teams.SaveAsync(new TeamRequest { Id = id, Name = "Sales", MemberIds = [ben] }, AdminServices.Admin, Cancel);

        Assert.Equal([ben], (await Teams.GetAsync(id!.Value, Cancel))!.MemberIds);
        var changes = AuditLog.ReadChanges((await services.AuditAsync()).Last().Changes);
        Assert.Equal(new AuditFieldChange("Members", "Ana Lima", "Ben Ode"), Assert.Single(changes));
    }

    [Fact]
    public async Task SaveAsync_MemberWithoutVoipAccount_RefusedAndNothingStored()
    {
        var noLine = await services.AddUserAsync("Cy Nolan");

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Teams.SaveAsync(new TeamRequest { Name = "Sales", MemberIds = [noLine] }, AdminServices.Admin, Cancel));

        Assert.Contains("VoIP account", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Teams.ListAsync(Cancel));
    }

    [Fact]
    public async Task SaveAsync_DuplicateName_Refused()
    {
        await Teams.SaveAsync(new TeamRequest { Name = "Sales" }, AdminServices.Admin, Cancel);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Teams.SaveAsync(new TeamRequest { Name = " sales " }, AdminServices.Admin, Cancel));

        Assert.Contains("Another team is already called 'sales'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_DuplicateNameWithAccentsInOtherCase_Refused()
    {
        await Teams.SaveAsync(new TeamRequest { Name = "Équipe Nord" }, AdminServices.Admin, Cancel);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Teams.SaveAsync(new TeamRequest { Name = "équipe nord" }, AdminServices.Admin, Cancel));

        Assert.Contains("Another team is already called 'équipe nord'", error.Message, StringComparison.Ordinal);
        Assert.Single(await Teams.ListAsync(Cancel));
    }

    [Fact]
    public async Task DeleteAsync_RoutesSendCallsToIt_RefusesAndNamesThem()
    {
        var id = await Teams.SaveAsync(new TeamRequest { Name = "Support" }, AdminServices.Admin, Cancel);
        await using (var db = await services.Db.CreateDbContextAsync(Cancel))
        {
            db.InboundRoutes.Add(new InboundRoute { Name = "Help line", DidPattern = "+14155550102", Destination = RouteDestination.Team, DestinationTeamId = id });
            await db.SaveChangesAsync(Cancel);
        }

        var result = await Teams.DeleteAsync(id!.Value, AdminServices.Admin, Cancel);

        Assert.False(result.Deleted);
        Assert.Contains("'Help line'", result.Message, StringComparison.Ordinal);
        Assert.NotNull(await Teams.GetAsync(id.Value, Cancel));
    }

    [Fact]
    public async Task DeleteAsync_Unused_DeletesItAndItsMemberships()
    {
        var ana = await services.AddUserAsync("Ana Lima", "ana.lima");
        var id = await Teams.SaveAsync(new TeamRequest { Name = "Support", MemberIds = [ana] }, AdminServices.Admin, Cancel);

        var result = await Teams.DeleteAsync(id!.Value, AdminServices.Admin, Cancel);

        Assert.True(result.Deleted);
        Assert.Empty(await Teams.ListAsync(Cancel));
        Assert.Equal(AuditActions.Deleted, (await services.AuditAsync()).Last().Action);
    }
}
