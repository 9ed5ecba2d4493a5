namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>Every call flow of docs/architecture.md section 6 through the running app and its simulator, checked in the database.</summary>
public sealed class SimulatorFlowTests : IAsyncLifetime
{
    private SimulatorApp app = null!;

    public ValueTask InitializeAsync()
    {
        app = SimulatorApp.Start();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Outbound_NumberAnswers_CompletedWithDualRecording()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");

        var sid = await agent1.ConnectAsync("+12125550147");
        await agent1.WaitForAsync("Accepted", sid);
        await agent1.HangupAsync(sid);

        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.Status == CallStatus.Completed && c.Recordings.Count == 1);
        Assert.Equal((CallDirection.Outbound, CallStatus.Completed, "+12125550147"), (call.Direction, call.DialStatus!.Value, call.To));
        Assert.Equal(2, call.Recordings.Single().Channels);
        Assert.Equal(CallResult.Completed, CallResult.Of(call));
    }

    [Theory]
    [InlineData("+12125550001", CallStatus.Busy)]
    [InlineData("+12125550002", CallStatus.NoAnswer)]
    [InlineData("+12125550003", CallStatus.Failed)]
    public async Task Outbound_ScriptedNumber_EndsWithItsOutcome(string number, CallStatus expected)
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");

        var sid = await agent1.ConnectAsync(number);

        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.DialStatus is not null && c.EndedAt is not null);
        Assert.Equal(expected, call.DialStatus);
        await agent1.WaitForAsync("Disconnected", sid);
    }

    [Fact]
    public async Task Outbound_0004_AnswersThenFarEndHangsUp()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");

        var sid = await agent1.ConnectAsync("+12125550004");

        await agent1.WaitForAsync("Accepted", sid);
        await agent1.WaitForAsync("Disconnected", sid);
        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.EndedAt is not null && c.DialStatus is not null);
        Assert.Equal(CallStatus.Completed, call.DialStatus);
    }

    [Fact]
    public async Task AgentToAgent_ByExtension_Agent2AnswersAndBothAreConnected()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        await using var agent2 = await app.RegisterDeviceAsync("agent2");

        var sid = await agent1.ConnectAsync("102");
        var invite = await agent2.IncomingAsync();
        Assert.Equal("client:agent1", invite.From);
        await agent2.AcceptAsync(invite.CallSid);
        await agent1.WaitForAsync("Accepted", sid);
        await agent1.HangupAsync(sid);
        await agent2.WaitForAsync("Disconnected", invite.CallSid);

        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.DialStatus == CallStatus.Completed);
        Assert.Equal("client:agent2", call.To);
    }

    [Fact]
    public async Task Inbound_ToAgent1_AnsweredIsNotMissed()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        var admin = await app.AdminClientAsync();

        var placed = await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.Agent1Did }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, placed.StatusCode);
        var callSid = (await placed.Content.ReadFromJsonAsync<Dictionary<string, string>>(TestContext.Current.CancellationToken))!["callSid"];
        var invite = await agent1.IncomingAsync();
        Assert.Equal(DemoDataSeeder.Agent1Did, invite.CustomParameters["did"]);
        Assert.Equal("Olivia Johnson", invite.CustomParameters["callerName"]);
        await agent1.AcceptAsync(invite.CallSid);
        await agent1.WaitForAsync("Accepted", invite.CallSid);
        var hangup = await admin.PostAsync($"/api/voip/simulator/calls/{callSid}/hangup", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, hangup.StatusCode);

        var call = await app.WaitForCallAsync(c => c.CallSid == callSid, c => c.EndedAt is not null && c.DialStatus is not null);
        Assert.False(call.IsMissed);
        Assert.Equal(CallStatus.Completed, call.DialStatus);
    }

    [Fact]
    public async Task Inbound_Agent1Rejects_MissedWithVoicemail()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        var admin = await app.AdminClientAsync();

        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550100", to = DemoDataSeeder.Agent1Did }, TestContext.Current.CancellationToken);
        var invite = await agent1.IncomingAsync();
        await agent1.RejectAsync(invite.CallSid);

        var call = await app.WaitForCallAsync(c => c.To == DemoDataSeeder.Agent1Did && c.Direction == CallDirection.Inbound, c => c.IsMissed && c.HasVoicemail);
        Assert.True(call.Recordings.Single().IsVoicemail);
    }

    [Fact]
    public async Task Inbound_NobodyRegistered_MissedWithVoicemail()
    {
        var admin = await app.AdminClientAsync();

        await admin.PostAsJsonAsync("/api/voip/simulator/calls", new { from = "+12125550123", to = DemoDataSeeder.Agent2Did }, TestContext.Current.CancellationToken);

        var call = await app.WaitForCallAsync(c => c.To == DemoDataSeeder.Agent2Did && c.Direction == CallDirection.Inbound, c => c.IsMissed && c.HasVoicemail && c.EndedAt != null);
        Assert.Equal(CallResult.Voicemail, CallResult.Of(call));
    }

    [Fact]
    public async Task ServerInitiated_ApiCall_RingsTheAgentThenBridgesToTheNumber()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Agent1, password = DemoUsers.Password }, TestContext.Current.CancellationToken);
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var started = await client.PostAsJsonAsync("/api/voip/calls/outbound", new { to = "+12125550150" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<Dictionary<string, int>>(TestContext.Current.CancellationToken))!["id"];
        var invite = await agent1.IncomingAsync();
        await agent1.AcceptAsync(invite.CallSid);
        await agent1.WaitForAsync("Accepted", invite.CallSid);
        await agent1.HangupAsync(invite.CallSid);

        var call = await app.WaitForCallAsync(c => c.Id == id, c => c.DialStatus == CallStatus.Completed && c.EndedAt != null);
        Assert.Equal(("+12125550150", CallDirection.Outbound), (call.To, call.Direction));
        Assert.StartsWith("CA", call.CallSid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Device_TamperedToken_IsRefusedWithTheSdksInvalidTokenError()
    {
        var token = app.TokenFor("agent1");
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");
        await using var device = await app.OpenSocketAsync();

        await device.SendAsync("listen", new System.Text.Json.Nodes.JsonObject { ["token"] = tampered });

        // 31204 is what the SDK turns into AccessTokenInvalid (20101).
        var error = await device.WaitForFrameAsync("error");
        Assert.Equal(31204, (int)error["payload"]!["error"]!["code"]!);
        Assert.False(app.Factory.Services.GetRequiredService<Ispecia.Voip.Core.Simulator.Signaling.SignalingGateway>().IsRegistered("agent1"));
    }

    [Fact]
    public async Task Rest_WrongAuthToken_Returns401WithTwilioError20003()
    {
        var credentials = app.Factory.Services.GetService(typeof(Ispecia.Voip.Core.Simulator.SimulatorCredentials)) as Ispecia.Voip.Core.Simulator.SimulatorCredentials;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/simulator/twilio/2010-04-01/Accounts/{credentials!.AccountSid}.json");
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{credentials.AccountSid}:wrong-token")));

        var response = await app.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken);
        Assert.Equal("20003", error!["code"].ToString());
        Assert.Equal("https://www.twilio.com/docs/errors/20003", error["more_info"].ToString());
    }
}
