using Ispecia.Voip.Core.CallControl;

namespace Ispecia.Voip.Tests.CallControl;

/// <summary>Hold, transfers, three-way calls through the running app and its simulator's conferences, checked as users would notice.</summary>
public sealed class CallControlFlowTests : CallControlAppTests
{
    [Fact]
    public async Task Hold_OutboundCall_CallerHearsHoldMusicUntilResumed()
    {
        var (agent1, sid, call) = await Driver.OutboundCallAsync();
        await using var _ = agent1;
        var me = await Driver.AgentAsync("agent1");

        var held = await Driver.Control.HoldAsync(me, new CallReference(null, sid), true, Driver.Urls, Ct);

        Assert.True(held.Succeeded, held.Error);
        await Driver.WaitForSnapshotAsync(me, call.Id, s => s.CustomerOnHold);
        await Driver.WaitForLogAsync("customer hears hold music (" + Driver.Urls.HoldMusic + ")");
        Assert.False(agent1.WasTold("Disconnected", sid));

        var resumed = await Driver.Control.HoldAsync(me, new CallReference(call.Id, null), false, Driver.Urls, Ct);

        Assert.True(resumed.Succeeded, resumed.Error);
        var snapshot = await Driver.WaitForSnapshotAsync(me, call.Id, s => !s.CustomerOnHold);
        Assert.Equal(["agent", "customer"], snapshot.Participants.Select(p => p.Role).Order());
        await Driver.WaitForLogAsync("customer hears agent:agent1");
        await agent1.HangupAsync(sid);
        var ended = await App.WaitForCallAsync(c => c.Id == call.Id, c => c.Events.Any(e => e.Kind == "conference-ended"));
        Assert.Contains(ended.Events, e => e.Kind == "hold");
        Assert.Contains(ended.Events, e => e.Kind == "resume");
    }

    [Fact]
    public async Task BlindTransfer_ToAgent2_Agent2TakesTheCallAndAgent1IsFreed()
    {
        var (agent1, sid, call) = await Driver.OutboundCallAsync();
        await using var _ = agent1;
        await using var agent2 = await App.RegisterDeviceAsync("agent2");
        var me = await Driver.AgentAsync("agent1");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await Driver.Control.BlindTransferAsync(me, new CallReference(call.Id, sid), TransferTarget.Agent("agent2"), Driver.Urls, Ct);

        Assert.True(result.Succeeded, result.Error);
        var invite = await agent2.IncomingAsync();
        // A figure, not a target: the move into the conference plus the colleague's ring, at simulated time scale 0.05.
        TestContext.Current.TestOutputHelper?.WriteLine($"[figure] blind transfer asked -> colleague rings: {clock.ElapsedMilliseconds} ms");
        Console.WriteLine($"[figure] blind transfer asked -> colleague rings: {clock.ElapsedMilliseconds} ms");
        await agent1.WaitForAsync("Disconnected", sid);
        Assert.Equal(call.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), invite.CustomParameters["callId"]);
        Assert.Equal("a transfer from Avery Agent", invite.CustomParameters["routeName"]);
        await agent2.AcceptAsync(invite.CallSid);
        var agent2User = await Driver.AgentAsync("agent2");
        var taken = await App.WaitForCallAsync(c => c.Id == call.Id, c => c.AgentUserId == agent2User.UserId);
        Assert.Contains(taken.Events, e => e.Kind == "transfer" && e.Detail!.Contains("(blind)", StringComparison.Ordinal));
        await Driver.WaitForSnapshotAsync(agent2User, call.Id, s => !s.CustomerOnHold && s.Participants.Any(p => p.IsMe && p.Connected));
    }

    [Fact]
    public async Task BlindTransfer_ToTeam_ItsAvailableMemberTakesTheCall()
    {
        var (agent1, sid, call) = await Driver.OutboundCallAsync();
        await using var _ = agent1;
        await using var agent2 = await App.RegisterDeviceAsync("agent2");
        var me = await Driver.AgentAsync("agent1");
        await using var db = await App.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        var sales = await db.Teams.SingleAsync(t => t.Name == "Sales", Ct);

        var result = await Driver.Control.BlindTransferAsync(me, new CallReference(call.Id, sid), TransferTarget.Team(sales.Id), Driver.Urls, Ct);

        Assert.True(result.Succeeded, result.Error);
        var invite = await agent2.IncomingAsync();
        await agent2.AcceptAsync(invite.CallSid);
        var agent2User = await Driver.AgentAsync("agent2");
        await App.WaitForCallAsync(c => c.Id == call.Id, c => c.AgentUserId == agent2User.UserId);
    }

    [Fact]
    public async Task BlindTransfer_ToNumber_TheNumberTalksToTheCaller()
    {
        await using var agent2 = await App.RegisterDeviceAsync("agent2");
        var sid = await agent2.ConnectAsync("+12125550147");
        await agent2.WaitForAsync("Accepted", sid);
        var call = await App.WaitForCallAsync(c => c.CallSid == sid, c => c.Status == CallStatus.InProgress);
        var me = await Driver.AgentAsync("agent2");

        var result = await Driver.Control.BlindTransferAsync(me, new CallReference(call.Id, sid), TransferTarget.Number("+12125550188"), Driver.Urls, Ct);

        Assert.True(result.Succeeded, result.Error);
        await agent2.WaitForAsync("Disconnected", sid);
        await Driver.WaitForLogAsync("customer hears transfer:+12125550188");
    }

    [Fact]
    public async Task BlindTransfer_NobodyAnswers_CallerIsSentToVoicemail()
    {
        var (agent1, sid, call) = await Driver.OutboundCallAsync();
        await using var _ = agent1;
        var me = await Driver.AgentAsync("agent1");

        // agent2 has no softphone open: the transfer rings nobody.
        var result = await Driver.Control.BlindTransferAsync(me, new CallReference(call.Id, sid), TransferTarget.Agent("agent2"), Driver.Urls, Ct);

        Assert.True(result.Succeeded, result.Error);
        await agent1.WaitForAsync("Disconnected", sid);
        var stored = await App.WaitForCallAsync(c => c.Id == call.Id, c => c.Events.Any(e => e.Kind == "fallback"));
        Assert.Contains(stored.Events, e => e.Kind == "not-answered");
        await Driver.WaitForLogAsync("Recording the caller's message");
    }

    [Theory]
    [InlineData("+19005550100")]
    [InlineData("+442071838750")]
    public async Task Transfer_ToNumberTheOutboundPolicyRefuses_RefusedAndCallUntouched(string number)
    {
        var (agent1, sid, call) = await Driver.OutboundCallAsync();
        await using var _ = agent1;
        var me = await Driver.AgentAsync("agent1");

        var result = await Driver.Control.BlindTransferAsync(me, new CallReference(call.Id, sid), TransferTarget.Number(number), Driver.Urls, Ct);

        Assert.False(result.Succeeded);
        Assert.Matches("not allowed|blocked", result.Error);
        var snapshot = await Driver.SnapshotAsync(me, call.Id);
        Assert.False(snapshot!.InConference);
        Assert.False(agent1.WasTold("Disconnected", sid));
    }

    [Fact]
    public async Task Control_ByAnotherAgent_Refused()
    {
        var (agent1, sid, call) = await Driver.OutboundCallAsync();
        await using var _ = agent1;
        var other = await Driver.AgentAsync("agent2");

        var result = await Driver.Control.HoldAsync(other, new CallReference(call.Id, null), true, Driver.Urls, Ct);

        Assert.Equal("Only the agent on this call can hold or transfer it.", result.Error);
    }
}
