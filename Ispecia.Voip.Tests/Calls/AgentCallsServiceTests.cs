using FluentValidation;

namespace Ispecia.Voip.Tests.Calls;

public sealed class AgentCallsServiceTests : VoipComponentTestContext
{
    private AgentCallsService Service => Services.GetRequiredService<AgentCallsService>();

    [Fact]
    public async Task RecentAsync_TwoAgents_EachSeesOnlyTheirOwnNewestFirst()
    {
        await SeedAsync();

        var recent = await Service.RecentAsync("u1", 10, TestContext.Current.CancellationToken);

        Assert.Equal(["CAnew", "CAold"], recent.Select(r => r.CallSid));
        Assert.Equal(CallResult.Busy, recent[0].Result);
    }

    [Fact]
    public async Task SaveWrapUpAsync_OwnCall_StoresOutcomeAndNotes_OthersCallRefused()
    {
        var (ownId, othersId) = await SeedAsync();

        Assert.True(await Service.SaveWrapUpAsync("u1", ownId, new WrapUpRequest { Outcome = CallOutcome.CallBack, Notes = "Call Friday" }, TestContext.Current.CancellationToken));
        Assert.False(await Service.SaveWrapUpAsync("u1", othersId, new WrapUpRequest { Notes = "sneaky" }, TestContext.Current.CancellationToken));

        var row = await Service.FindAsync("u1", ownId, TestContext.Current.CancellationToken);
        Assert.Equal((CallOutcome.CallBack, "Call Friday"), (row!.Outcome, row.Notes));
    }

    [Fact]
    public async Task SaveWrapUpAsync_Empty_IsRefusedWithAMessage()
    {
        var (ownId, _) = await SeedAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => Service.SaveWrapUpAsync("u1", ownId, new WrapUpRequest(), TestContext.Current.CancellationToken));
        Assert.Contains("outcome or write a note", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimAsync_TeamMemberTheCallRangAnswersIt_TakesIt()
    {
        await SeedAsync();
        await using (var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var team = new Team { Name = "Sales", Members = [new TeamMember { UserId = "u1" }] };
            db.Teams.Add(team);
            var call = new Call { CallSid = "CAteam", Direction = CallDirection.Inbound, Team = team, From = "+12125550100", To = "+14155550100", StartedAt = DateTime.UtcNow };
            db.Calls.Add(call);
            db.CallEvents.Add(new CallEvent { Call = call, At = DateTime.UtcNow, Kind = CallOffers.Kind, Detail = CallOffers.Detail("one") });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var teamCall = (await Service.RecentAsync("u1", 10, TestContext.Current.CancellationToken)).Count;
        await using (var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await Service.ClaimAsync("u1", db.Calls.Single(c => c.CallSid == "CAteam").Id, TestContext.Current.CancellationToken);
        }

        Assert.Equal(teamCall + 1, (await Service.RecentAsync("u1", 10, TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task ClaimAsync_TeamMemberTheCallNeverRang_IsNotTaken()
    {
        await SeedAsync();
        int callId;
        await using (var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var team = new Team { Name = "Sales", Members = [new TeamMember { UserId = "u1" }, new TeamMember { UserId = "u2" }] };
            db.Teams.Add(team);
            var call = new Call { CallSid = "CAteam", Direction = CallDirection.Inbound, Team = team, From = "+12125550100", To = "+14155550100", StartedAt = DateTime.UtcNow };
            db.Calls.Add(call);
            db.CallEvents.Add(new CallEvent { Call = call, At = DateTime.UtcNow, Kind = CallOffers.Kind, Detail = CallOffers.Detail("two") });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            callId = call.Id;
        }

        await Service.ClaimAsync("u1", callId, TestContext.Current.CancellationToken);

        Assert.Null(await Service.FindAsync("u1", callId, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(CallStatus.Completed, 0)]
    [InlineData(CallStatus.Ringing, 90)]
    public async Task ClaimAsync_TeamCallThatEndedOrRangLongAgo_IsNotTaken(CallStatus status, int minutesAgo)
    {
        await SeedAsync();
        int callId;
        await using (var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var team = new Team { Name = "Sales", Members = [new TeamMember { UserId = "u1" }] };
            db.Teams.Add(team);
            var call = new Call
            {
                CallSid = "CAteam", Direction = CallDirection.Inbound, Team = team, Status = status, From = "+12125550100", To = "+14155550100",
                StartedAt = DateTime.UtcNow.AddMinutes(-minutesAgo), EndedAt = status == CallStatus.Completed ? DateTime.UtcNow : null,
            };
            db.Calls.Add(call);
            // It did ring u1: what stops the claim is that it ended, or rang too long ago.
            db.CallEvents.Add(new CallEvent { Call = call, At = call.StartedAt, Kind = CallOffers.Kind, Detail = CallOffers.Detail("one") });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            callId = call.Id;
        }

        await Service.ClaimAsync("u1", callId, TestContext.Current.CancellationToken);

        Assert.Null(await Service.FindAsync("u1", callId, TestContext.Current.CancellationToken));
    }

    private async Task<(int OwnId, int OthersId)> SeedAsync()
    {
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.Users.AddRange(new AppUser { Id = "u1", UserName = "u1", DisplayName = "One" }, new AppUser { Id = "u2", UserName = "u2", DisplayName = "Two" });
        db.VoipAccounts.AddRange(new VoipAccount { UserId = "u1", Identity = "one", IsActive = true }, new VoipAccount { UserId = "u2", Identity = "two", IsActive = true });
        var old = new Call { CallSid = "CAold", AgentUserId = "u1", Direction = CallDirection.Outbound, Status = CallStatus.Completed, DialStatus = CallStatus.Completed, From = "+14155550101", To = "+12125550147", StartedAt = DateTime.UtcNow.AddHours(-2) };
        var recent = new Call { CallSid = "CAnew", AgentUserId = "u1", Direction = CallDirection.Outbound, Status = CallStatus.Completed, DialStatus = CallStatus.Busy, From = "+14155550101", To = "+12125550148", StartedAt = DateTime.UtcNow.AddMinutes(-5) };
        var others = new Call { CallSid = "CAu2", AgentUserId = "u2", Direction = CallDirection.Inbound, Status = CallStatus.Completed, From = "+12125550149", To = "+14155550102", StartedAt = DateTime.UtcNow };
        db.Calls.AddRange(old, recent, others);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (old.Id, others.Id);
    }
}
