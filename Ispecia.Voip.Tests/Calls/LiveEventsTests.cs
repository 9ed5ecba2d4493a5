using Ispecia.Voip.Core.Calls.Events;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ispecia.Voip.Tests.Calls;

/// <summary>Webhooks push hub events to the agents concerned, and only to them.</summary>
public sealed class LiveEventsTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;

    public async ValueTask InitializeAsync() => app = await TwilioModeApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task InboundCall_ToAgent1Did_PushesIncomingCallToAgent1Only()
    {
        await using var agent1 = await ConnectAsync(DemoAccounts.Agent1);
        await using var agent2 = await ConnectAsync(DemoAccounts.Agent2);
        var agent1Incoming = new TaskCompletionSource<IncomingCallEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var agent2Incoming = new List<IncomingCallEvent>();
        agent1.On<IncomingCallEvent>("IncomingCall", e => agent1Incoming.TrySetResult(e));
        agent2.On<IncomingCallEvent>("IncomingCall", agent2Incoming.Add);

        var sid = TwilioModeApp.NewCallSid();
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["CallStatus"] = "ringing",
        });

        var incoming = await agent1Incoming.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal((sid, "+12125550100", DemoDataSeeder.Agent1Did), (incoming.CallSid, incoming.From, incoming.Did));
        Assert.NotNull(incoming.CallerName);
        Assert.Empty(agent2Incoming);
    }

    [Fact]
    public async Task Hub_Anonymous_IsRefused()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Factory.Server.BaseAddress, "hubs/voip"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(TestContext.Current.CancellationToken));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    private async Task<HubConnection> ConnectAsync(string email)
    {
        var login = await app.Factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = DemoUsers.Password }, TestContext.Current.CancellationToken);
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Factory.Server.BaseAddress, "hubs/voip"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
