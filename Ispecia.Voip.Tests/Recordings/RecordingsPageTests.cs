using System.Security.Claims;
using Bunit.TestDoubles;
using Ispecia.Voip.Web.Recordings;

namespace Ispecia.Voip.Tests.Recordings;

public sealed class RecordingsPageTests : VoipComponentTestContext
{
    private readonly BunitAuthorizationContext auth;

    public RecordingsPageTests()
    {
        Services.AddTransient<RecordingService>();
        auth = AddAuthorization();
    }

    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Supervisor, false)]
    public async Task Grid_ShowsRecordingsWithPlayerAndDownload_DeleteOnlyForAdmins(string role, bool canDelete)
    {
        auth.SetAuthorized("boss").SetRoles(role).SetClaims(new Claim(ClaimTypes.NameIdentifier, "boss-id")).SetPolicies(canDelete ? ["Admin", "Supervisor"] : ["Supervisor"]);
        await using (var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            db.Users.Add(new AppUser { Id = "agent-id", UserName = "agent", DisplayName = "Avery Agent" });
            var call = new Call { CallSid = "CA" + Guid.NewGuid().ToString("N"), AgentUserId = "agent-id", From = "+12125550100", To = "+14155550101", Direction = CallDirection.Inbound, StartedAt = DateTime.UtcNow };
            db.Calls.Add(call);
            db.Recordings.Add(new Recording { RecordingSid = "RE" + Guid.NewGuid().ToString("N"), Call = call, DurationSeconds = 42, Channels = 2, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<RecordingsPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=recording-row]")));
        Assert.Contains("/audio?format=mp3", cut.Find("[data-testid=recording-play]").GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("Avery Agent", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(canDelete, cut.FindAll("[data-testid=recording-delete]").Count == 1);
        Assert.DoesNotContain("twilio.com", cut.Markup, StringComparison.Ordinal);
    }
}
