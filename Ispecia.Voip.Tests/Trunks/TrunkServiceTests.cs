using FluentValidation;
using Microsoft.AspNetCore.DataProtection;

namespace Ispecia.Voip.Tests.Trunks;

public sealed class TrunkServiceTests : IAsyncLifetime
{
    private AdminServices services = null!;

    private TrunkService Trunks => services.Get<TrunkService>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task SaveAsync_NewTrunkWithPassword_StoresOnlyCiphertextThatUnprotectsToIt()
    {
        var id = await Trunks.SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);

        var stored = await StoredAsync(id!.Value);
        Assert.NotEqual("s3cret-Trunk-pw", stored.PasswordProtected);
        Assert.Equal("s3cret-Trunk-pw", Unprotect(stored.PasswordProtected!));
        var row = Assert.Single(await Trunks.ListAsync(Cancel));
        Assert.True(row.HasPassword);
        Assert.Equal("sip.carrier.example.com:5061/TLS", row.Address);
    }

    [Fact]
    public async Task SaveAsync_EditWithBlankPassword_KeepsTheStoredOne()
    {
        var id = await Trunks.SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);
        var ciphertext = (await StoredAsync(id!.Value)).PasswordProtected;
        var edit = TrunkService.ToRequest((await Trunks.GetAsync(id.Value, Cancel))!);
        Assert.Null(edit.Password);
        edit.Port = 5080;

        await Trunks.SaveAsync(edit, AdminServices.Admin, Cancel);

        var stored = await StoredAsync(id.Value);
        Assert.Equal((5080, ciphertext), (stored.Port, stored.PasswordProtected));
    }

    [Fact]
    public async Task SaveAsync_SwitchToIpAllowList_ForgetsTheCredentials()
    {
        var id = await Trunks.SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);
        var edit = TrunkService.ToRequest((await Trunks.GetAsync(id!.Value, Cancel))!);
        edit.AuthMethod = TrunkAuthMethod.IpAllowList;
        edit.AllowedIps = "203.0.113.10\n198.51.100.0/24";

        await Trunks.SaveAsync(edit, AdminServices.Admin, Cancel);

        var stored = await StoredAsync(id.Value);
        Assert.Equal((null, null, "203.0.113.10, 198.51.100.0/24"), (stored.Username, stored.PasswordProtected, stored.AllowedIps));
    }

    [Fact]
    public async Task SaveAsync_NameOfAnotherTrunkWithAccentsInOtherCase_Refused()
    {
        var first = TrunkRequestValidatorTests.Sip();
        first.Name = "Télécom Nord";
        await Trunks.SaveAsync(first, AdminServices.Admin, Cancel);
        var second = TrunkRequestValidatorTests.Sip();
        second.Name = "TÉLÉCOM NORD";

        var error = await Assert.ThrowsAsync<ValidationException>(() => Trunks.SaveAsync(second, AdminServices.Admin, Cancel));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(TrunkRequest.Name));
        Assert.Single(await Trunks.ListAsync(Cancel));
    }

    [Fact]
    public async Task SaveAsync_InvalidEdit_ThrowsAndKeepsTheStoredTrunk()
    {
        var id = await Trunks.SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);
        var edit = TrunkService.ToRequest((await Trunks.GetAsync(id!.Value, Cancel))!);
        edit.Host = "not a host";
        edit.Port = 70000;

        await Assert.ThrowsAsync<ValidationException>(() => Trunks.SaveAsync(edit, AdminServices.Admin, Cancel));

        var stored = await StoredAsync(id.Value);
        Assert.Equal(("sip.carrier.example.com", 5061), (stored.Host, stored.Port));
        Assert.Single(await services.AuditAsync());
    }

    [Fact]
    public async Task SaveAsync_NewPassword_AuditsThatItChangedWithoutTheSecret()
    {
        var id = await Trunks.SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);
        var edit = TrunkService.ToRequest((await Trunks.GetAsync(id!.Value, Cancel))!);
        edit.Password = "an0ther-Secret";

        await Trunks.SaveAsync(edit, AdminServices.Admin, Cancel);

        var ciphertext = (await StoredAsync(id.Value)).PasswordProtected!;
        var entries = await services.AuditAsync();
        Assert.Equal([AuditActions.Created, AuditActions.Updated], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("Trunk", id.ToString(), "admin@ispecia.local"), (e.Entity, e.EntityId, e.UserName)));
        var changes = AuditLog.ReadChanges(entries[1].Changes);
        Assert.Equal(new AuditFieldChange("Password", "[redacted]", "[redacted] (changed)"), Assert.Single(changes));
        Assert.All(entries, e =>
        {
            Assert.DoesNotContain("s3cret-Trunk-pw", e.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("an0ther-Secret", e.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain(ciphertext, e.Changes, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SetActiveAsync_Disable_StoresAndAudits()
    {
        var id = await Trunks.SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);

        Assert.True(await Trunks.SetActiveAsync(id!.Value, active: false, AdminServices.Admin, Cancel));

        Assert.False((await StoredAsync(id.Value)).IsActive);
        var entry = (await services.AuditAsync()).Last();
        Assert.Equal((AuditActions.Disabled, "Disabled trunk 'Carrier One'."), (entry.Action, entry.Summary));
    }

    [Fact]
    public async Task DeleteAsync_UsedByRoutes_RefusesAndNamesThem()
    {
        var id = await Trunks.SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);
        await AddRouteAsync("Main line", id!.Value);
        await AddRouteAsync("Night line", id.Value);

        var result = await Trunks.DeleteAsync(id.Value, AdminServices.Admin, Cancel);

        Assert.False(result.Deleted);
        Assert.Contains("'Main line', 'Night line'", result.Message, StringComparison.Ordinal);
        Assert.NotNull(await Trunks.GetAsync(id.Value, Cancel));
    }

    [Fact]
    public async Task DeleteAsync_Unused_DeletesAndAudits()
    {
        var id = await Trunks.SaveAsync(TrunkRequestValidatorTests.Sip(), AdminServices.Admin, Cancel);

        var result = await Trunks.DeleteAsync(id!.Value, AdminServices.Admin, Cancel);

        Assert.True(result.Deleted);
        Assert.Null(await Trunks.GetAsync(id.Value, Cancel));
        Assert.Equal(AuditActions.Deleted, (await services.AuditAsync()).Last().Action);
    }

    [Fact]
    public async Task SaveAsync_TrunkDeletedMeanwhile_ReturnsNull()
    {
        var request = TrunkRequestValidatorTests.Sip();
        request.Id = 4242;
        request.Password = "x-Secret-1";

        Assert.Null(await Trunks.SaveAsync(request, AdminServices.Admin, Cancel));
    }

    private string Unprotect(string ciphertext) =>
        services.Get<IDataProtectionProvider>().CreateProtector(TrunkDialer.PasswordPurpose).Unprotect(ciphertext);

    private async Task<Trunk> StoredAsync(int id)
    {
        await using var db = await services.Db.CreateDbContextAsync(Cancel);
        return await db.Trunks.AsNoTracking().SingleAsync(t => t.Id == id, Cancel);
    }

    private async Task AddRouteAsync(string name, int trunkId)
    {
        await using var db = await services.Db.CreateDbContextAsync(Cancel);
        db.InboundRoutes.Add(new InboundRoute { Name = name, DidPattern = "*", TrunkId = trunkId });
        await db.SaveChangesAsync(Cancel);
    }
}
