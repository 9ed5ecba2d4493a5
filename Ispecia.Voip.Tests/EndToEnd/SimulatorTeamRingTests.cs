namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>A call to the main line rings every member of team Sales, each on a leg of their own, as at Twilio.</summary>
public sealed class SimulatorTeamRingTests : IAsyncLifetime
{
    // Half speed: the route rings for 10 real seconds, time enough for one member to refuse before another answers.
    private readonly SimulatorApp app = SimulatorApp.Start(timeScale: 0.5);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TeamCall_Agent2Answers_Agent1StopsRingingAndIsNeverConnected()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        await using var agent2 = await app.RegisterDeviceAsync("agent2");
        var sid = await PlaceCallToMainLineAsync();
        var (ringing1, ringing2) = (await agent1.IncomingAsync(), await agent2.IncomingAsync());
        Assert.NotEqual(ringing1.CallSid, ringing2.CallSid);

        await agent2.AcceptAsync(ringing2.CallSid);

        await agent2.WaitForAsync("Accepted", ringing2.CallSid);
        await agent1.WaitForAsync("Canceled", ringing1.CallSid);
        Assert.False(agent1.WasTold("Accepted", ringing1.CallSid));
        var live = (await (await app.AdminClientAsync()).GetFromJsonAsync<JsonElement>("/api/voip/simulator/calls", TestContext.Current.CancellationToken))
            .EnumerateArray().ToDictionary(c => c.GetProperty("sid").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("in-progress", live[ringing2.CallSid]);
        Assert.DoesNotContain(ringing1.CallSid, live.Keys);
        await agent2.HangupAsync(ringing2.CallSid);
        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.EndedAt is not null);
        Assert.Equal(CallStatus.Completed, call.Status);
        Assert.False(call.IsMissed);
    }

    [Fact]
    public async Task TeamCall_Agent1Refuses_Agent2KeepsRingingAndAnswers()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        await using var agent2 = await app.RegisterDeviceAsync("agent2");
        await PlaceCallToMainLineAsync();
        var (ringing1, ringing2) = (await agent1.IncomingAsync(), await agent2.IncomingAsync());

        await agent1.RejectAsync(ringing1.CallSid);
        // As with Twilio, the rejecting SDK is not told anything back; the simulator closes that leg's far end.
        await agent1.WaitForAsync("FarEndClosed", ringing1.CallSid);
        await agent2.AcceptAsync(ringing2.CallSid);

        await agent2.WaitForAsync("Accepted", ringing2.CallSid);
        Assert.False(agent2.WasTold("Canceled", ringing2.CallSid));
        await agent2.HangupAsync(ringing2.CallSid);
    }

    private async Task<string> PlaceCallToMainLineAsync()
    {
        var admin = await app.AdminClientAsync();
        var placed = await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.MainLineDid }, TestContext.Current.CancellationToken);
        placed.EnsureSuccessStatusCode();
        return (await placed.Content.ReadFromJsonAsync<Dictionary<string, string>>(TestContext.Current.CancellationToken))!["callSid"];
    }
}
