namespace Ispecia.Voip.Tests.Security;

/// <summary>Only an admin sees and ends a live simulated call through the simulator's admin API; anyone else's attempt leaves it ringing.</summary>
public sealed class SimulatorLiveCallAccessTests : IAsyncLifetime
{
    // Real time: the call rings the agent for the route's full ring timeout, long enough to try every role on it.
    private readonly SimulatorApp app = SimulatorApp.Start(timeScale: 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task HangupSimulatedCall_AgentAndSupervisorRefused_OnlyTheAdminEndsIt()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        var admin = await app.AdminClientAsync();
        var placed = await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.Agent1Did }, Ct);
        var sid = (await placed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("callSid").GetString()!;
        var invite = await agent1.IncomingAsync();

        foreach (var email in new[] { DemoAccounts.Agent1, DemoAccounts.Supervisor })
        {
            using var client = await ClientForAsync(email);
            await ApiAssert.ProblemAsync(await client.PostAsync($"/api/voip/simulator/calls/{sid}/hangup", null, Ct), HttpStatusCode.Forbidden);
            await ApiAssert.ProblemAsync(await client.GetAsync("/api/voip/simulator/calls", Ct), HttpStatusCode.Forbidden);
        }

        Assert.Contains(sid, await LiveCallSidsAsync(admin));
        var log = await admin.GetFromJsonAsync<JsonElement>("/api/voip/simulator/log", Ct);
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("callSid").GetString() == sid);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/voip/simulator/calls/{sid}/hangup", null, Ct)).StatusCode);
        await agent1.WaitForAsync("Canceled", invite.CallSid);
        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.EndedAt is not null);
        Assert.NotNull(call.EndedAt);
        Assert.DoesNotContain(sid, await LiveCallSidsAsync(admin));
        await ApiAssert.ProblemAsync(await admin.PostAsync($"/api/voip/simulator/calls/{sid}/hangup", null, Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Signalling_CallRingingAgent1_OtherConnectionsCannotAnswerRejectOrEndIt()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        await using var agent2 = await app.RegisterDeviceAsync("agent2");
        await using var stranger = await app.OpenSocketAsync();
        var admin = await app.AdminClientAsync();
        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.Agent1Did }, Ct);
        var invite = await agent1.IncomingAsync();

        foreach (var other in new[] { agent2, stranger })
        {
            foreach (var act in new Func<string, Task>[] { other.AcceptAsync, other.RejectAsync, other.HangupAsync })
            {
                var seen = other.FramesReceived;
                await act(invite.CallSid);
                var error = await other.WaitForFrameAsync("error", seen);
                Assert.Equal(31100, (int)error["payload"]!["error"]!["code"]!);
            }
        }

        Assert.Contains(invite.CallSid, await LiveCallSidsAsync(admin));
        await agent1.AcceptAsync(invite.CallSid);
        await agent1.WaitForAsync("Accepted", invite.CallSid);
    }

    private static async Task<IReadOnlyList<string?>> LiveCallSidsAsync(HttpClient admin) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>("/api/voip/simulator/calls", Ct)).EnumerateArray().Select(c => c.GetProperty("sid").GetString())];

    private async Task<HttpClient> ClientForAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoUsers.Password }, Ct);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
