using System.Text.Json.Nodes;
using Ispecia.Voip.Core.Simulator.Recordings;
using Ispecia.Voip.Core.Simulator.Signaling;

namespace Ispecia.Voip.Tests.Simulator;

/// <summary>
/// The gateway's side of the Voice SDK's signalling, frame by frame, with no socket: whatever a client sends, it gets
/// the SDK's own error frame back (31100 malformed, 31204 invalid token, 31205 expired) and nothing throws.
/// </summary>
public sealed class SignalingSessionTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    private readonly SimulatorCredentials credentials = new(
        SimulatorSids.New("AC"), SimulatorSids.Secret(), SimulatorSids.New("SK"), SimulatorSids.Secret(), SimulatorSids.New("AP"));

    private readonly List<string> sent = [];
    private readonly string recordings = Path.Combine(Path.GetTempPath(), "ispecia-signaling-tests", Guid.NewGuid().ToString("N"));
    private readonly SignalingGateway gateway = new();
    private readonly SignalingSession session;
    private readonly TwilioSimulator simulator;

    public SignalingSessionTests()
    {
        var log = new SimulatorLog();
        var options = Options.Create(new SimulatorOptions());
        var endpoint = new SimulatorEndpoint(null!, Options.Create(new VoipOptions()));
        simulator = new TwilioSimulator(new WebhookSender(new HttpClient(), endpoint, credentials, log), gateway, new RecordingStore(recordings), log, credentials, options);
        session = new SignalingSession(
            (text, _) => { lock (sent) { sent.Add(text); } return Task.CompletedTask; },
            gateway, simulator, new AccessTokenValidator(new ManualTimeProvider(Now)), credentials, new ManualTimeProvider(Now));
        gateway.Add(session);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Listen_ValidToken_ConnectedWithTheTokensIdentityAndTimeToLive()
    {
        await session.HandleAsync(Frame("listen", new JsonObject { ["token"] = Token("agent1", TimeSpan.FromSeconds(60)) }), Ct);

        var connected = Single("connected");
        Assert.Equal("agent1", connected["token"]!["identity"]!.ToString());
        Assert.Equal(60, (int)connected["token"]!["ttl"]!);
        Assert.Equal("agent1", session.Identity);
    }

    [Fact]
    public async Task Register_AfterListen_ReadyAndRingable_ThenUnregisterGoesOffline()
    {
        await ListenAsync("agent1");

        await session.HandleAsync(Frame("register", new JsonObject { ["media"] = new JsonObject { ["audio"] = true } }), Ct);
        Assert.Single(Sent("ready"));
        Assert.True(gateway.IsRegistered("agent1"));

        await session.HandleAsync(Frame("register", new JsonObject { ["media"] = new JsonObject { ["audio"] = false } }), Ct);
        Assert.Single(Sent("offline"));
        Assert.False(gateway.IsRegistered("agent1"));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"payload\":{}}")]
    [InlineData("{\"type\":42}")]
    public async Task Handle_NotAFrame_MalformedRequestError(string text)
    {
        await session.HandleAsync(text, Ct);

        Assert.Equal(SignalingSession.MalformedRequestCode, ErrorCode(Single("error")));
    }

    [Fact]
    public async Task Handle_UnknownType_MalformedRequestError()
    {
        await session.HandleAsync(Frame("teleport", []), Ct);

        Assert.Equal(SignalingSession.MalformedRequestCode, ErrorCode(Single("error")));
    }

    [Theory]
    [InlineData("answer")]
    [InlineData("reject")]
    [InlineData("hangup")]
    [InlineData("dtmf")]
    public async Task CallFrame_ForACallThatIsNotThisConnections_MalformedRequestErrorAndNothingDone(string type)
    {
        await ListenAsync("agent1");

        await session.HandleAsync(Frame(type, new JsonObject { ["callsid"] = SimulatorSids.New("CA"), ["sdp"] = "v=0", ["dtmf"] = "1" }), Ct);

        Assert.Equal(SignalingSession.MalformedRequestCode, ErrorCode(Single("error")));
        Assert.DoesNotContain(simulator.Log.Recent(), e => e.CallSid is not null);
    }

    [Fact]
    public async Task Listen_TokenForAnotherAccount_InvalidTokenErrorAndNoIdentity()
    {
        var foreign = AccessTokenGenerator.Create(
            SimulatorSids.New("AC"), credentials.ApiKey, credentials.ApiSecret, credentials.TwimlAppSid, "agent1", Now, TimeSpan.FromHours(1)).Token;

        await session.HandleAsync(Frame("listen", new JsonObject { ["token"] = foreign }), Ct);

        Assert.Equal(SignalingSession.InvalidTokenCode, ErrorCode(Single("error")));
        Assert.Null(session.Identity);
    }

    [Fact]
    public async Task Listen_ExpiredToken_ExpiredTokenError()
    {
        var expired = AccessTokenGenerator.Create(
            credentials.AccountSid, credentials.ApiKey, credentials.ApiSecret, credentials.TwimlAppSid, "agent1", Now.AddHours(-2), TimeSpan.FromHours(1)).Token;

        await session.HandleAsync(Frame("listen", new JsonObject { ["token"] = expired }), Ct);

        Assert.Equal(SignalingSession.ExpiredTokenCode, ErrorCode(Single("error")));
    }

    [Fact]
    public async Task Listen_TokenOfAnotherIdentityOnAListenedConnection_RefusedAndTheIdentityKept()
    {
        await ListenAsync("agent1");

        await session.HandleAsync(Frame("listen", new JsonObject { ["token"] = Token("agent2", TimeSpan.FromHours(1)) }), Ct);

        Assert.Equal(SignalingSession.InvalidTokenCode, ErrorCode(Single("error")));
        Assert.Equal("agent1", session.Identity);
    }

    [Theory]
    [InlineData("register")]
    [InlineData("invite")]
    public async Task Frame_BeforeAValidListen_InvalidTokenError(string type)
    {
        await session.HandleAsync(Frame(type, new JsonObject { ["callsid"] = "TJS1", ["sdp"] = "v=0", ["media"] = new JsonObject { ["audio"] = true } }), Ct);

        Assert.Equal(SignalingSession.InvalidTokenCode, ErrorCode(Single("error")));
        Assert.False(gateway.IsRegistered("agent1"));
    }

    [Fact]
    public async Task Invite_WithoutSdp_MalformedRequestErrorForThatCall()
    {
        await ListenAsync("agent1");

        await session.HandleAsync(Frame("invite", new JsonObject { ["callsid"] = "TJS1" }), Ct);

        var error = Single("error");
        Assert.Equal(SignalingSession.MalformedRequestCode, ErrorCode(error));
        Assert.Equal("TJS1", error["callsid"]!.ToString());
        Assert.Empty(simulator.LiveCalls);
    }

    [Fact]
    public async Task Heartbeat_FromTheClient_IsNotAnswered()
    {
        await session.HandleAsync("\n", Ct);

        Assert.Empty(sent);
    }

    public void Dispose()
    {
        if (Directory.Exists(recordings))
        {
            Directory.Delete(recordings, recursive: true);
        }
    }

    private async Task ListenAsync(string identity)
    {
        await session.HandleAsync(Frame("listen", new JsonObject { ["token"] = Token(identity, TimeSpan.FromHours(1)) }), Ct);
        lock (sent)
        {
            sent.Clear();
        }
    }

    private string Token(string identity, TimeSpan ttl) =>
        AccessTokenGenerator.Create(credentials.AccountSid, credentials.ApiKey, credentials.ApiSecret, credentials.TwimlAppSid, identity, Now, ttl).Token;

    private static string Frame(string type, JsonObject payload) => SignalingFrame.Write(type, payload);

    private List<JsonObject> Sent(string type)
    {
        lock (sent)
        {
            return [.. sent.Select(t => JsonNode.Parse(t) as JsonObject).Where(f => f?["type"]?.ToString() == type).Select(f => (JsonObject)f!["payload"]!)];
        }
    }

    private JsonObject Single(string type) => Assert.Single(Sent(type));

    private static int ErrorCode(JsonObject payload) => (int)payload["error"]!["code"]!;
}
