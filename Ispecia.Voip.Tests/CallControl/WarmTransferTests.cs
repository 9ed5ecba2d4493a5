using Ispecia.Voip.Core.CallControl;

namespace Ispecia.Voip.Tests.CallControl;

/// <summary>Warm transfer (consult, then complete or cancel) and three-way calls, on an inbound call answered by agent1.</summary>
public sealed class WarmTransferTests : CallControlAppTests
{
    [Fact]
    public async Task Consult_ThenComplete_Agent2HasTheCallAndTheRecordingsSurvive()
    {
        var (agent1, agent1Leg, call) = await InboundAnsweredByAgent1Async();
        await using var _ = agent1;
        await using var agent2 = await App.RegisterDeviceAsync("agent2");
        var me = await Driver.AgentAsync("agent1");

        var consult = await Driver.Control.ConsultAsync(me, new CallReference(call.Id, agent1Leg), TransferTarget.Agent("102"), Driver.Urls, Ct);

        Assert.True(consult.Succeeded, consult.Error);
        var invite = await agent2.IncomingAsync();
        Assert.Equal("(212) 555-0133", invite.CustomParameters["callerName"]);
        Assert.Equal("a handover from Avery Agent", invite.CustomParameters["routeName"]);
        await agent2.AcceptAsync(invite.CallSid);
        var consulting = await Driver.WaitForSnapshotAsync(me, call.Id, s => s.ConsultingWith is not null && s.Participants.Count(p => p.Connected) == 3);
        Assert.True(consulting.CustomerOnHold);
        await Driver.WaitForLogAsync("customer hears hold music");

        var complete = await Driver.Control.CompleteTransferAsync(me, new CallReference(call.Id, agent1Leg), Driver.Urls, Ct);

        Assert.True(complete.Succeeded, complete.Error);
        await agent1.WaitForAsync("Disconnected", agent1Leg);
        var agent2User = await Driver.AgentAsync("agent2");
        await App.WaitForCallAsync(c => c.Id == call.Id, c => c.AgentUserId == agent2User.UserId);
        await Driver.WaitForSnapshotAsync(agent2User, call.Id, s => !s.CustomerOnHold && s.Participants.Count == 2);
        await agent2.HangupAsync(invite.CallSid);
        var ended = await App.WaitForCallAsync(c => c.Id == call.Id, c => c.Recordings.Count >= 2 && c.EndedAt != null);
        Assert.Contains(ended.Events, e => e.Kind == "transfer" && e.Detail!.Contains("(warm)", StringComparison.Ordinal));
        Assert.Equal(agent2User.UserId, ended.AgentUserId);
    }

    [Fact]
    public async Task Consult_ThenCancel_Agent2LeavesAndTheCallerIsBackWithAgent1()
    {
        var (agent1, agent1Leg, call) = await InboundAnsweredByAgent1Async();
        await using var _ = agent1;
        await using var agent2 = await App.RegisterDeviceAsync("agent2");
        var me = await Driver.AgentAsync("agent1");
        Assert.True((await Driver.Control.ConsultAsync(me, new CallReference(call.Id, null), TransferTarget.Agent("agent2"), Driver.Urls, Ct)).Succeeded);
        var invite = await agent2.IncomingAsync();
        await agent2.AcceptAsync(invite.CallSid);
        await Driver.WaitForSnapshotAsync(me, call.Id, s => s.Participants.Count(p => p.Connected) == 3);

        var cancel = await Driver.Control.CancelTransferAsync(me, new CallReference(call.Id, null), Driver.Urls, Ct);

        Assert.True(cancel.Succeeded, cancel.Error);
        await agent2.WaitForAsync("Disconnected", invite.CallSid);
        var back = await Driver.WaitForSnapshotAsync(me, call.Id, s => !s.CustomerOnHold && s.ConsultingWith is null && s.Participants.Count == 2);
        Assert.Contains(back.Participants, p => p.IsMe);
        Assert.False(agent1.WasTold("Disconnected", agent1Leg));
        var stored = await App.WaitForCallAsync(c => c.Id == call.Id, c => c.Events.Any(e => e.Kind == "consult-cancelled"));
        Assert.Equal(me.UserId, stored.AgentUserId);
    }

    [Fact]
    public async Task AddNumber_ThenDropIt_ThreeWayThenBackToTwo()
    {
        var (agent1, agent1Leg, call) = await InboundAnsweredByAgent1Async();
        await using var _ = agent1;
        var me = await Driver.AgentAsync("agent1");

        var added = await Driver.Control.AddParticipantAsync(me, new CallReference(call.Id, null), TransferTarget.Number("+12125550166"), Driver.Urls, Ct);

        Assert.True(added.Succeeded, added.Error);
        var threeWay = await Driver.WaitForSnapshotAsync(me, call.Id, s => s.Participants.Count(p => p.Connected) == 3);
        Assert.False(threeWay.CustomerOnHold);
        await Driver.WaitForLogAsync("customer hears agent:agent1, number:+12125550166");
        var number = threeWay.Participants.Single(p => p.Role == "number");

        var dropped = await Driver.Control.RemoveParticipantAsync(me, new CallReference(call.Id, null), number.CallSid, Driver.Urls, Ct);

        Assert.True(dropped.Succeeded, dropped.Error);
        await Driver.WaitForSnapshotAsync(me, call.Id, s => s.Participants.Count == 2 && s.Participants.All(p => p.Role != "number"));
        Assert.False(agent1.WasTold("Disconnected", agent1Leg));
    }

    /// <summary>+1 212 555 0133 calls agent1's number; agent1 answers. Returns agent1's leg (the SDK's CallSid) and the call.</summary>
    private async Task<(TestDevice Agent1, string Agent1Leg, Call Call)> InboundAnsweredByAgent1Async()
    {
        var agent1 = await App.RegisterDeviceAsync("agent1");
        using var admin = await App.AdminClientAsync();
        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550133", to = DemoDataSeeder.Agent1Did }, Ct);
        var invite = await agent1.IncomingAsync();
        await agent1.AcceptAsync(invite.CallSid);
        await agent1.WaitForAsync("Accepted", invite.CallSid);
        var call = await App.WaitForCallAsync(c => c.From == "+12125550133" && c.Direction == CallDirection.Inbound, c => c.DialStatus == null && c.Status == CallStatus.InProgress);
        return (agent1, invite.CallSid, call);
    }
}
