using System.Data.Common;
using System.Globalization;
using Ispecia.Voip.Core.Contacts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ispecia.Voip.Tests.Security;

/// <summary>
/// Two requests racing on the same rows, made to lose every time: the contact a webhook checked is deleted just
/// before the call row is stored, or the key a request inserts is already taken (a SQLite trigger).
/// </summary>
public sealed class ConcurrentChangeTests : IAsyncLifetime
{
    private const string Voice = "/voip/webhook/twilio/voice";
    private TwilioModeApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => app = await TwilioModeApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task VoiceWebhook_ContactDeletedWhileTheCallIsStored_AnswersTwimlAndStoresTheCallWithoutIt()
    {
        var contactId = await WithDbAsync(db => db.Contacts.Select(c => c.Id).FirstAsync(Ct));
        var deleteFirst = new DeleteContactBeforeCallInsert($"Data Source={app.Factory.DatabasePath}", contactId);
        using var racing = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(
            services => services.ConfigureDbContext<SqliteVoipDbContext>(o => o.AddInterceptors(deleteFirst))));
        var callSid = TwilioModeApp.NewCallSid();
        var form = new Dictionary<string, string>
        {
            ["CallSid"] = callSid, ["From"] = "client:agent1", ["To"] = "+12125550147", ["contactId"] = contactId.ToString(CultureInfo.InvariantCulture),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, Voice) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(TwilioModeApp.AuthToken, TwilioModeApp.BaseUrl + Voice, form));

        var response = await racing.CreateClient().SendAsync(request, Ct);

        Assert.True(deleteFirst.Fired);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Response", XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!.Name.LocalName);
        var call = await WithDbAsync(db => db.Calls.SingleAsync(c => c.CallSid == callSid, Ct));
        Assert.Null(call.ContactId);
    }

    [Fact]
    public async Task TwoFactorReset_KeyTakenByAConcurrentRequest_Returns409Problem()
    {
        var client = await app.Factory.CreateClientForAsync(DemoAccounts.Agent1);
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE TRIGGER key_already_taken BEFORE INSERT ON AspNetUserTokens
            BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: AspNetUserTokens.UserId, AspNetUserTokens.LoginProvider, AspNetUserTokens.Name'); END;
            """, Ct));

        var response = await client.PostAsJsonAsync("/api/auth/manage/2fa", new { resetSharedKey = true }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<T> WithDbAsync<T>(Func<VoipDbContext, Task<T>> work)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return await work(db);
    }

    /// <summary>
    /// Another connection deletes the contact the moment the save that inserts the call row naming it begins: the
    /// last point a concurrent request can get in, since the save's own transaction then holds SQLite's write lock.
    /// </summary>
    private sealed class DeleteContactBeforeCallInsert(string connectionString, int contactId) : DbTransactionInterceptor
    {
        private int fired;

        public bool Fired => fired == 1;

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            var insertsTheCall = eventData.Context?.ChangeTracker.Entries<Call>().Any(e => e.State == EntityState.Added && e.Entity.ContactId == contactId) == true;
            if (insertsTheCall && Interlocked.Exchange(ref fired, 1) == 0)
            {
                await using var other = new SqliteConnection(connectionString);
                await other.OpenAsync(cancellationToken);
                await using var delete = other.CreateCommand();
                delete.CommandText = $"PRAGMA foreign_keys = ON; DELETE FROM Contacts WHERE Id = {contactId};";
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }
    }
}
