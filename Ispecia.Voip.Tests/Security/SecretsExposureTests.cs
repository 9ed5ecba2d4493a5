namespace Ispecia.Voip.Tests.Security;

/// <summary>
/// Trunk passwords and the Twilio credentials are write-only (docs/architecture.md section 9): no page or API answer an admin can
/// get shows them, nor the ciphertext stored for a password, and the audit trail records only that a password changed.
/// </summary>
public sealed class SecretsExposureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdminPagesAndApi_SimulatorMode_NeverShowTrunkPasswordsNorTwilioSecrets()
    {
        // On Kestrel: the simulator serves recordings over the app's own HTTP address.
        await using var simulator = SimulatorApp.Start();
        var trunks = await TrunkSecrets.SaveAsync(simulator.Factory.Services, await AdminWithLineAsync(simulator.Factory));
        var credentials = simulator.Factory.Services.GetRequiredService<SimulatorCredentials>();

        var responses = await AdminSurface.FetchAsync(simulator.Factory, simulator.BaseUrl);

        AssertNoSecretIn(responses, trunks, simulatorMode: true, credentials.AuthToken, credentials.ApiSecret);
        AssertTrunksShownRedacted(responses, trunks);
    }

    [Fact]
    public async Task AdminPagesAndApi_TwilioMode_NeverShowTrunkPasswordsNorTwilioSecrets()
    {
        await using var twilio = new VoipApiApp();
        await twilio.InitializeAsync();
        var trunks = await TrunkSecrets.SaveAsync(twilio.Factory.Services, await AdminWithLineAsync(twilio.Factory));

        var responses = await AdminSurface.FetchAsync(twilio.Factory);

        AssertNoSecretIn(responses, trunks, simulatorMode: false, TwilioModeApp.AuthToken, TwilioModeApp.Settings()["Twilio:ApiSecret"]!);
        AssertTrunksShownRedacted(responses, trunks);
        Assert.Equal(System.Net.HttpStatusCode.OK, responses.Single(r => r.Request.EndsWith("/audio", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public async Task AuditEntries_TrunkPasswordSetAndReplaced_StoreOnlyThatItChanged()
    {
        await using var factory = new VoipAppFactory(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator" });
        var trunks = await TrunkSecrets.SaveAsync(factory.Services, await AdminAsync(factory));

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Ct);

        Assert.All(entries, e => Assert.Null(trunks.FoundIn($"{e.Summary}\n{e.Changes}", [])));
        var passwords = entries.Where(e => e.Entity == "Trunk")
            .Select(e => (e.Action, AuditLog.ReadChanges(e.Changes).SingleOrDefault(c => c.Field == "Password")))
            .ToList();
        Assert.Equal(
            [
                (AuditActions.Created, new AuditFieldChange("Password", null, AuditLog.Redacted)),
                (AuditActions.Updated, new AuditFieldChange("Password", AuditLog.Redacted, AuditLog.Redacted + " (changed)")),
                (AuditActions.Created, null),
            ],
            passwords);
    }

    private static void AssertNoSecretIn(IReadOnlyList<AdminResponse> responses, TrunkSecrets trunks, bool simulatorMode, params string[] twilioSecrets)
    {
        // Every page answers; the simulator's page only exists in simulator mode (404 in Twilio mode, still checked for secrets).
        Assert.All(AdminSurface.Pages, page => Assert.Equal(
            page == "/settings/voip/simulator" && !simulatorMode ? System.Net.HttpStatusCode.NotFound : System.Net.HttpStatusCode.OK,
            AdminSurface.Page(responses, page).Status));
        Assert.Contains(responses, r => r.Request.StartsWith("GET /api/voip/recordings/", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, responses.Single(r => r.Request == "POST /api/voip/token").Status);
        Assert.All(responses, r =>
        {
            Assert.True((int)r.Status < 500, $"{r.Request} answered {(int)r.Status}.");
            Assert.True(trunks.FoundIn(r.Text, twilioSecrets) is null, $"{r.Request} shows a secret.");
        });
    }

    /// <summary>The checked pages did render the trunks: the absence of their secrets means something.</summary>
    private static void AssertTrunksShownRedacted(IReadOnlyList<AdminResponse> responses, TrunkSecrets trunks)
    {
        var trunksPage = AdminSurface.Page(responses, "/settings/voip/trunks").Body;
        Assert.Contains(trunks.SipName, trunksPage, StringComparison.Ordinal);
        Assert.Contains(trunks.TwilioName, trunksPage, StringComparison.Ordinal);
        Assert.Contains("ispecia · password set", trunksPage, StringComparison.Ordinal);
        var audit = AuditPageRow.Parse(AdminSurface.Page(responses, "/settings/voip/audit").Body);
        var replaced = Assert.Single(audit, r => r.Summary == $"Updated trunk '{trunks.SipName}'.");
        Assert.Equal(["Password: [redacted] → [redacted] (changed)"], replaced.Changes);
        Assert.Contains(audit, r => r.Summary == $"Created trunk '{trunks.TwilioName}'.");
    }

    private static async Task<AuditActor> AdminAsync(VoipAppFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return new AuditActor(await db.Users.Where(u => u.Email == DemoAccounts.Admin).Select(u => u.Id).SingleAsync(Ct), DemoAccounts.Admin);
    }

    /// <summary>The admin, given a softphone line so that the token endpoint signs a token for them (with the API secret).</summary>
    private static async Task<AuditActor> AdminWithLineAsync(VoipAppFactory factory)
    {
        var admin = await AdminAsync(factory);
        var line = await factory.Services.GetRequiredService<LineAdministration>().SaveVoipAccountAsync(
            new VoipAccountRequest { UserId = admin.UserId!, Identity = "alex.admin" }, admin, Ct);
        Assert.True(line.Succeeded);
        return admin;
    }
}
