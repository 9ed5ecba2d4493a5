using FluentValidation;

namespace Ispecia.Voip.Tests.Accounts;

public sealed class LineAdministrationTests : IAsyncLifetime
{
    private const string MainNumber = "+14155550100";

    private AdminServices services = null!;

    private LineAdministration Lines => services.Get<LineAdministration>();

    private UserAdministration Users => services.Get<UserAdministration>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        services = await AdminServices.StartAsync(new Dictionary<string, string?> { ["Twilio:PhoneNumber"] = MainNumber });

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task GetVoipAccountAsync_NoAccountYet_ProposesFreeIdentityAndExtension()
    {
        await services.AddUserAsync("Dana Diaz", "dana.diaz", "101");
        var id = await Users.CreateUserAsync(
            new CreateUserRequest { Email = "dana@example.com", DisplayName = "Dana Diaz", Role = Roles.Agent, Password = "Welcome!2026" }, AdminServices.Admin, Cancel);

        var proposal = await Lines.GetVoipAccountAsync(id, Cancel);

        Assert.Equal(("dana.diaz2", "102"), (proposal!.Identity, proposal.Extension));
    }

    [Fact]
    public async Task SaveVoipAccountAsync_OwnedCallerId_StoresItAsE164()
    {
        var id = await services.AddUserAsync("Dana Diaz");

        var result = await Lines.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = "dana", Extension = "150", CallerId = "(415) 555-0100" }, AdminServices.Admin, Cancel);

        Assert.True(result.Succeeded);
        var line = Assert.Single(await Users.ListUsersAsync(Cancel)).Line;
        Assert.Equal(new VoipLineView("dana", "150", MainNumber, true), line);
    }

    [Fact]
    public async Task SaveVoipAccountAsync_SavedOrRefused_OnlyASavedLineIsAnnouncedToOpenSoftphones()
    {
        var id = await services.AddUserAsync("Dana Diaz");
        await services.AddUserAsync("Avery Agent", "avery", "101");
        var announced = new List<string>();
        services.Get<LineChanges>().Published += announced.Add;

        await Assert.ThrowsAsync<ValidationException>(() => Lines.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = "dana", Extension = "101" }, AdminServices.Admin, Cancel));
        Assert.Empty(announced);
        await Lines.SaveVoipAccountAsync(new VoipAccountRequest { UserId = id, Identity = "dana", Extension = "150" }, AdminServices.Admin, Cancel);

        Assert.Equal([id], announced);
    }

    [Fact]
    public async Task SaveVoipAccountAsync_TeamCallerIdIsOwned_Accepted()
    {
        var id = await services.AddUserAsync("Dana Diaz");
        await services.Get<TeamService>().SaveAsync(new TeamRequest { Name = "Support", CallerId = "+14155550102" }, AdminServices.Admin, Cancel);

        var result = await Lines.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = "dana", CallerId = "+14155550102" }, AdminServices.Admin, Cancel);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task SaveVoipAccountAsync_BadValues_ExplainsEachAndStoresNothing()
    {
        await services.AddUserAsync("Avery Agent", "avery", "101");
        var id = await services.AddUserAsync("Dana Diaz");

        var error = await Assert.ThrowsAsync<ValidationException>(() => Lines.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = "Avery", Extension = "101", CallerId = "+14155550199" }, AdminServices.Admin, Cancel));

        var messages = error.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Another user already has the identity 'Avery'.", messages["Identity"]);
        Assert.Equal("Extension 101 belongs to another user.", messages["Extension"]);
        Assert.Equal($"+14155550199 is not a number this app owns. Use one of {MainNumber}, or leave it empty.", messages["CallerId"]);
        Assert.Null((await Users.ListUsersAsync(Cancel)).Single(u => u.Id == id).Line);
    }

    [Theory]
    [InlineData("dana diaz", "1", "Use only letters", "Use 2 to 6 digits")]
    [InlineData("dana", "1234567", null, "Use 2 to 6 digits")]
    public async Task SaveVoipAccountAsync_BadFormats_Refused(string identity, string extension, string? identityError, string extensionError)
    {
        var id = await services.AddUserAsync("Dana Diaz");

        var error = await Assert.ThrowsAsync<ValidationException>(() => Lines.SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = id, Identity = identity, Extension = extension }, AdminServices.Admin, Cancel));

        Assert.Contains(error.Errors, e => e.PropertyName == "Extension" && e.ErrorMessage.StartsWith(extensionError, StringComparison.Ordinal));
        Assert.Equal(identityError is not null, error.Errors.Any(e => e.PropertyName == "Identity" && e.ErrorMessage.StartsWith(identityError!, StringComparison.Ordinal)));
    }
}
