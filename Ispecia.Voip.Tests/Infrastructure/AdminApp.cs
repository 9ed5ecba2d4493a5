namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// One app in simulator mode (demo data seeded) for a test class. Changes go through the admin services of the app,
/// as the pages make them, in the name of the demo admin; the audit trail is read back from the database and from
/// the audit page as the admin's browser gets it.
/// </summary>
public sealed class AdminApp : IAsyncLifetime
{
    private HttpClient? adminClient;

    public VoipAppFactory Factory { get; } = new(settings: new Dictionary<string, string?> { ["Voip:Mode"] = "Simulator" });

    /// <summary>The demo admin, named as the pages name the signed-in user (user id and email).</summary>
    public AuditActor Admin { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Admin = new AuditActor(await UserIdAsync(DemoAccounts.Admin), DemoAccounts.Admin);

    public ValueTask DisposeAsync()
    {
        adminClient?.Dispose();
        return Factory.DisposeAsync();
    }

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task<T> InDbAsync<T>(Func<VoipDbContext, Task<T>> work)
    {
        await using var db = await Get<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return await work(db);
    }

    public Task<string> UserIdAsync(string email) =>
        InDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    /// <summary>The id of the newest audit entry so far (0 when none): a test's own entries come after it.</summary>
    public Task<long> LastAuditIdAsync() => InDbAsync(async db => await db.AuditEntries.MaxAsync(a => (long?)a.Id, Ct) ?? 0);

    /// <summary>The entries written after <paramref name="afterId"/>, oldest first.</summary>
    public Task<List<AuditEntry>> AuditAfterAsync(long afterId) =>
        InDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Id > afterId).OrderBy(a => a.Id).ToListAsync(Ct));

    /// <summary>The audit page's rows as the admin's browser first gets them (the prerendered HTML).</summary>
    public async Task<IReadOnlyList<AuditPageRow>> AuditPageAsync() => AuditPageRow.Parse(await AdminPageAsync("/settings/voip/audit"));

    /// <summary>An admin page's prerendered HTML; fails unless the admin gets it (200).</summary>
    public async Task<string> AdminPageAsync(string path)
    {
        adminClient ??= await Factory.CreateCookieClientForAsync(DemoAccounts.Admin);
        var response = await adminClient.GetAsync(path, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
